namespace Slipway.Components.CiGeneration.Capabilities;

/// <summary>
/// The target runs these executables, known only from a configuration file (syft for GoReleaser's <c>sboms</c>, cosign
/// for <c>signs</c>, a hook's tool): the job must have them, from its image or a pinned set-up.
/// </summary>
/// <param name="Tools">Executable names.</param>
public sealed record RunsTools(IReadOnlyList<string> Tools) : Capability;
