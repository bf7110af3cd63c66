namespace Slipway.Components.Timing;

/// <summary>A target or job that ran slower than its baseline median times (1 + threshold).</summary>
/// <param name="Name">Target name, or job name for <see cref="TimingScope.Job"/>.</param>
/// <param name="Scope">Target or job.</param>
/// <param name="BaselineSeconds">Baseline median.</param>
/// <param name="ActualSeconds">This run.</param>
/// <param name="Ratio">Actual / baseline (1.5 = 50 % slower).</param>
public sealed record TimingRegression(string Name, TimingScope Scope, double BaselineSeconds, double ActualSeconds, double Ratio);
