namespace Slipway.Components.Timing;

/// <summary>What a timing regression or an exceeded runner-minute budget does (<c>--timing-gate</c>).</summary>
public enum TimingGate
{
    /// <summary>A warning annotation; the target succeeds (the default).</summary>
    Warn,

    /// <summary>The target fails.</summary>
    Fail,
}
