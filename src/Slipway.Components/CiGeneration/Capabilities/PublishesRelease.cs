using Slipway.Clients.GoReleaser.Configuration;

namespace Slipway.Components.CiGeneration.Capabilities;

/// <summary>
/// The target publishes a release on <paramref name="Scm"/>: it needs that system's token and write access to contents.
/// Null means the system hosting the pipeline (GoReleaser follows the git remote when the configuration names none).
/// </summary>
/// <param name="Scm">Where the release is published, or null for the hosting system.</param>
public sealed record PublishesRelease(ScmKind? Scm) : Capability
{
    /// <summary>
    /// Whether another SCM token can be present in the job (a GitHub tap token in a GitLab release), so the job names the
    /// one GoReleaser must use in <c>GORELEASER_FORCE_TOKEN</c>.
    /// </summary>
    public bool ForceToken { get; init; }

    /// <summary>The token variable GoReleaser reads for <paramref name="scm"/>.</summary>
    public static string TokenVariable(ScmKind scm) => Clients.GoReleaser.Configuration.Publishing.ScmNeeds.TokenVariableFor(scm);
}
