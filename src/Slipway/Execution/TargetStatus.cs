namespace Slipway.Execution;

/// <summary>How a planned target ended.</summary>
public enum TargetStatus
{
    /// <summary>Ran and succeeded.</summary>
    Succeeded,

    /// <summary>Ran and failed (or was cancelled while running).</summary>
    Failed,

    /// <summary>Skipped by <c>--skip</c> or a condition.</summary>
    Skipped,

    /// <summary>Skipped because its inputs, parameters and tools match its last successful run.</summary>
    UpToDate,

    /// <summary>Never started: a dependency failed, an earlier failure stopped the run, or it was cancelled.</summary>
    NotRun,

    /// <summary>Has no actions of its own; groups its dependencies.</summary>
    Collective,
}
