namespace Slipway.Logging;

/// <summary>How much Slipway prints (<c>--verbosity</c>).</summary>
public enum Verbosity
{
    /// <summary>Errors and the summary.</summary>
    Quiet,

    /// <summary>Warnings too.</summary>
    Minimal,

    /// <summary>Progress and tool output (the default).</summary>
    Normal,

    /// <summary>Everything, including debug detail.</summary>
    Verbose,
}
