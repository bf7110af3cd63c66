namespace Slipway.Clients.Diagnostics;

/// <summary>How a Go test or package ended.</summary>
public enum GoTestOutcome
{
    /// <summary>Passed.</summary>
    Pass,

    /// <summary>Failed (including build failures).</summary>
    Fail,

    /// <summary>Skipped, or a package without tests.</summary>
    Skip,

    /// <summary>No final event: the run was cut off (timeout, panic, killed).</summary>
    Incomplete,
}
