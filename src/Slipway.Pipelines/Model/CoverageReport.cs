namespace Slipway.Pipelines.Model;

/// <summary>A job's Cobertura coverage report and the log pattern giving its total.</summary>
/// <param name="Path">The report, relative to the workspace.</param>
/// <param name="LogPattern">A regular expression in slashes whose first group is the total percentage, e.g. <c>/Coverage: (\d+)%/</c>.</param>
public sealed record CoverageReport(string Path, string LogPattern);
