namespace Slipway.Execution;

/// <summary>One target's outcome.</summary>
/// <param name="Name">Target name.</param>
/// <param name="Status">How it ended.</param>
/// <param name="StartedAt">When it started; null when it never ran.</param>
/// <param name="Duration">How long it ran.</param>
/// <param name="Reason">Why it was skipped, not run or failed; null on success.</param>
public sealed record TargetResult(string Name, TargetStatus Status, DateTimeOffset? StartedAt, TimeSpan Duration, string? Reason)
{
    /// <summary>True when dependents may run after it.</summary>
    public bool AllowsDependents => Status is TargetStatus.Succeeded or TargetStatus.Skipped or TargetStatus.UpToDate or TargetStatus.Collective;
}
