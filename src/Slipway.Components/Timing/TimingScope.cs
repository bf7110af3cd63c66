namespace Slipway.Components.Timing;

/// <summary>What a <see cref="TimingRegression"/> measures.</summary>
public enum TimingScope
{
    /// <summary>One target.</summary>
    Target,

    /// <summary>The whole Slipway run of a CI job.</summary>
    Job,
}
