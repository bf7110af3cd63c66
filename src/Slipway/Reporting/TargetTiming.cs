namespace Slipway.Reporting;

/// <summary>One target's outcome in <c>.nuke/temp/timings.json</c>.</summary>
/// <param name="Name">Target name.</param>
/// <param name="Status">Succeeded, Failed, Skipped, UpToDate, NotRun or Collective.</param>
/// <param name="StartedAt">When it started; null when it never ran.</param>
/// <param name="FinishedAt">When it finished; null when it never ran.</param>
/// <param name="DurationSeconds">Seconds it ran (0 when it never ran).</param>
/// <param name="SkipReason">Why it was skipped or not run; null otherwise.</param>
public sealed record TargetTiming(
    string Name,
    string Status,
    DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt,
    double DurationSeconds,
    string? SkipReason);
