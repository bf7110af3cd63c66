namespace Slipway.Components.CiGeneration;

/// <summary>The report every build run writes, which every generated job uploads for timing baselines.</summary>
public static class JobReports
{
    /// <summary>The timings report (see docs/timings-schema.md).</summary>
    public const string TimingsPath = ".nuke/temp/timings.json";

    /// <summary>Days timing reports are kept.</summary>
    public const int TimingsRetentionDays = 7;
}
