namespace Slipway.Components.CiGeneration.Capabilities;

/// <summary>
/// The target changes or deletes existing releases and their tags on the system hosting the pipeline (pruning
/// pre-releases) without publishing anything it built: its job gets that system's token and write access to contents,
/// like a publishing job, but has no validation to wait for.
/// </summary>
public sealed record ManagesReleases : Capability;
