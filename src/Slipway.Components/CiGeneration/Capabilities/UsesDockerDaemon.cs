namespace Slipway.Components.CiGeneration.Capabilities;

/// <summary>The target talks to a Docker daemon (the Engine API or the docker CLI).</summary>
public sealed record UsesDockerDaemon : Capability;
