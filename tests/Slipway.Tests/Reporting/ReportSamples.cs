using System.Globalization;
using Slipway.Reporting;

namespace Slipway.Tests.Reporting;

internal static class ReportSamples
{
    public static readonly DateTimeOffset Start = DateTimeOffset.Parse("2026-05-04T10:00:00Z", CultureInfo.InvariantCulture);

    public static RunTimings Run(string? job, double seconds, params (string Name, string Status, double Seconds, string? Reason)[] targets) => new(
        1, "42", "GitHubActions", job, "abc", Start, Start.AddSeconds(seconds), seconds,
        [.. targets.Select(t => new TargetTiming(t.Name, t.Status, Start, Start.AddSeconds(t.Seconds), t.Seconds, t.Reason))]);
}
