namespace Slipway.Components.CiGeneration.Capabilities;

/// <summary>
/// The target publishes a release on <paramref name="Scm"/>: it needs that system's token and write access to contents.
/// Null means the system hosting the pipeline (GoReleaser follows the git remote when the configuration names none).
/// </summary>
/// <param name="Scm">Where the release is published, or null for the hosting system.</param>
public sealed record PublishesRelease(ScmKind? Scm) : Capability
{
    /// <summary>The token variable GoReleaser reads for <paramref name="scm"/>.</summary>
    public static string TokenVariable(ScmKind scm) => scm switch
    {
        ScmKind.GitLab => "GITLAB_TOKEN",
        ScmKind.Gitea => "GITEA_TOKEN",
        _ => "GITHUB_TOKEN",
    };
}
