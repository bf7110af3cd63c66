namespace Slipway.Components.CiGeneration.Capabilities;

/// <summary>
/// The target runs <c>docker buildx build</c> for several platforms or with attestations (GoReleaser's
/// <c>dockers_v2</c> publish): it needs the docker CLI, its Buildx plugin, a daemon and a <c>docker-container</c> builder.
/// </summary>
public sealed record BuildsMultiPlatformImages : Capability;
