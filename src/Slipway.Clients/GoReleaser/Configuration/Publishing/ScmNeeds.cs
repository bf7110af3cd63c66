namespace Slipway.Clients.GoReleaser.Configuration.Publishing;

/// <summary>The SCM release and the token GoReleaser needs to create it.</summary>
/// <param name="Kind">Where the release is created.</param>
/// <param name="KindSource">Why: <c>release.gitlab</c> (the configuration), <c>gitlab_urls</c>, <c>git remote</c> (GoReleaser follows the remote when the configuration names none), or <c>default</c>.</param>
/// <param name="TokenVariable"><c>GITHUB_TOKEN</c>, <c>GITLAB_TOKEN</c> or <c>GITEA_TOKEN</c>.</param>
/// <param name="Disabled">True when <c>release.disable</c> is literally true: no release, and no token unless a publisher needs it.</param>
/// <param name="OtherTokensRead">SCM token variables other than <see cref="TokenVariable"/> the configuration reads (a GitHub tap token in a GitLab release): with any, more than one token can be present.</param>
/// <param name="ForceToken">The value for <c>GORELEASER_FORCE_TOKEN</c> (<c>github</c>, <c>gitlab</c>, <c>gitea</c>) whenever more than one SCM token could be present; null when only one can be, or when the configuration sets <c>force_token</c> itself.</param>
public sealed record ScmNeeds(ScmKind Kind, string KindSource, string TokenVariable, bool Disabled, IReadOnlyList<string> OtherTokensRead, string? ForceToken)
{
    /// <summary>The token variable GoReleaser reads for <paramref name="kind"/>.</summary>
    public static string TokenVariableFor(ScmKind kind) => kind switch
    {
        ScmKind.GitLab => "GITLAB_TOKEN",
        ScmKind.Gitea => "GITEA_TOKEN",
        _ => "GITHUB_TOKEN",
    };

    /// <summary>The <c>GORELEASER_FORCE_TOKEN</c> value for <paramref name="kind"/>.</summary>
    public static string ForceTokenValueFor(ScmKind kind) => kind.ToString().ToLowerInvariant();

    /// <summary>The three SCM token variables GoReleaser looks for.</summary>
    public static readonly IReadOnlyList<string> AllTokenVariables = ["GITHUB_TOKEN", "GITLAB_TOKEN", "GITEA_TOKEN"];
}
