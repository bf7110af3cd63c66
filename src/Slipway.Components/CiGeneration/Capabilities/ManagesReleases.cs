namespace Slipway.Components.CiGeneration.Capabilities;

/// <summary>
/// The target changes or deletes existing releases and their tags on <paramref name="Scm"/> (pruning pre-releases)
/// without publishing anything it built: its job gets that system's token and write access to contents, like a
/// publishing job, but has no validation to wait for. Null means the system hosting the pipeline.
/// </summary>
/// <param name="Scm">Where the releases are, or null for the hosting system.</param>
public sealed record ManagesReleases(ScmKind? Scm) : Capability;
