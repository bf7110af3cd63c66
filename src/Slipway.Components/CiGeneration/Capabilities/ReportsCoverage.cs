namespace Slipway.Components.CiGeneration.Capabilities;

/// <summary>
/// The target writes a Cobertura coverage report at <paramref name="Path"/> (relative to the root) and logs the total as
/// <c>Coverage: 83.4% of statements</c>, for GitLab's <c>coverage_report</c> and its <c>coverage</c> pattern.
/// </summary>
/// <param name="Path">The report, relative to the root.</param>
public sealed record ReportsCoverage(string Path) : Capability
{
    /// <summary>The pattern GitLab reads the total from in the job log.</summary>
    public const string LogPattern = @"/Coverage: (\d+(?:\.\d+)?)% of statements/";
}
