namespace Slipway.Execution;

/// <summary>The outcome of a run.</summary>
/// <param name="Targets">Each planned target's result, in plan order.</param>
/// <param name="StartedAt">When the run started.</param>
/// <param name="Duration">Wall-clock time of the run.</param>
/// <param name="Cancelled">True when Ctrl-C (or the caller) stopped it.</param>
public sealed record RunResult(IReadOnlyList<TargetResult> Targets, DateTimeOffset StartedAt, TimeSpan Duration, bool Cancelled)
{
    /// <summary>True when no target failed or went unrun and the run was not cancelled.</summary>
    public bool Succeeded => !Cancelled && Targets.All(t => t.Status is not (TargetStatus.Failed or TargetStatus.NotRun));
}
