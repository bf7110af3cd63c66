namespace Slipway;

/// <summary>
/// Something a target needs from where it runs, beyond the tools it requires: a Docker daemon, a registry login, a
/// release token. Components define the concrete kinds and CI generators read them to prepare each job; the engine
/// only stores them on the target definition.
/// </summary>
public abstract record Capability;
