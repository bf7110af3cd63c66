namespace Slipway.Planning;

/// <summary>What the command line asked for.</summary>
/// <param name="Invoked">Target names given; empty means the default target.</param>
/// <param name="Skip">Null: no <c>--skip</c>. Empty: bare <c>--skip</c> (skip all not invoked). Otherwise: names to skip.</param>
public sealed record PlanRequest(IReadOnlyList<string> Invoked, IReadOnlyList<string>? Skip = null);
