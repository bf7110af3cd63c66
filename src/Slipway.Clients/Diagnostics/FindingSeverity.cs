namespace Slipway.Clients.Diagnostics;

/// <summary>How serious a <see cref="Finding"/> is.</summary>
public enum FindingSeverity
{
    /// <summary>Fails the check.</summary>
    Error,

    /// <summary>Worth fixing; does not fail by itself.</summary>
    Warning,

    /// <summary>Informational or style.</summary>
    Info,
}
