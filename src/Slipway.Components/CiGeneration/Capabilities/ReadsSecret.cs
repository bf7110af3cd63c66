namespace Slipway.Components.CiGeneration.Capabilities;

/// <summary>
/// The target reads the secret variable <paramref name="Variable"/> (a tap token, a signing key): the job that runs it,
/// and no other, maps it from the CI system's secret of that name.
/// </summary>
/// <param name="Variable">The environment variable, e.g. <c>HOMEBREW_TAP_TOKEN</c>.</param>
public sealed record ReadsSecret(string Variable) : Capability;
