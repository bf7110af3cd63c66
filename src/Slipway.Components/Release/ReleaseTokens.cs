using Slipway.Clients.GoReleaser.Configuration;
using Slipway.Clients.GoReleaser.Configuration.Publishing;

namespace Slipway.Components.Release;

/// <summary>
/// Which SCM token <see cref="IRelease.Release"/> hands GoReleaser: the one for the release the configuration names
/// (<c>release.gitlab</c> gives <c>GITLAB_TOKEN</c>), else the host's (GitLab CI gives GitLab, anything else GitHub), with
/// <c>GORELEASER_FORCE_TOKEN</c> whenever another SCM token could be present (GoReleaser stops on "multiple tokens found").
/// </summary>
internal static class ReleaseTokens
{
    /// <summary>The publishing needs of the build's configuration.</summary>
    /// <exception cref="BuildConfigurationException">The configuration cannot be read.</exception>
    public static PublishingNeeds Needs(IRelease build)
    {
        try
        {
            return PublishingNeeds.ForProject(build.GoDirectory, build.GoReleaserConfig);
        }
        catch (GoReleaserConfigException ex)
        {
            throw new BuildConfigurationException($"The GoReleaser configuration cannot be read: {ex.Message}", ex);
        }
    }

    /// <summary>Where the release goes: the configuration's choice, else the CI host's.</summary>
    public static ScmKind Kind(IRelease build, PublishingNeeds needs) =>
        needs.Scm.KindSource is not "default" ? needs.Scm.Kind : build.Context.Host.Forge switch
        {
            Slipway.Hosts.ForgeKind.GitLab => ScmKind.GitLab,
            Slipway.Hosts.ForgeKind.Gitea => ScmKind.Gitea,
            _ => needs.Scm.Kind,
        };

    /// <summary>The token for <paramref name="kind"/> from its parameter (<c>--github-token</c>, <c>--gitlab-token</c>, <c>--gitea-token</c>).</summary>
    public static string? Token(IRelease build, ScmKind kind) => kind switch
    {
        ScmKind.GitLab => build.GitLabToken,
        ScmKind.Gitea => build.GiteaToken,
        _ => build.GitHubToken,
    };

    /// <summary>True when the release has the token and, for Pro, the key it needs; otherwise throws the bad-input error naming them.</summary>
    /// <exception cref="BuildConfigurationException">A token or the Pro key is missing.</exception>
    public static bool Available(IRelease build)
    {
        var needs = Needs(build);
        var kind = Kind(build, needs);
        var problems = new List<string>();
        if (!needs.Scm.Disabled && string.IsNullOrEmpty(Token(build, kind)))
        {
            var (option, variable, member) = kind switch
            {
                ScmKind.GitLab => ("--gitlab-token", "GITLAB_TOKEN", nameof(IRelease.GitLabToken)),
                ScmKind.Gitea => ("--gitea-token", "GITEA_TOKEN", nameof(IRelease.GiteaToken)),
                _ => ("--github-token", "GITHUB_TOKEN", nameof(IRelease.GitHubToken)),
            };
            var why = needs.Scm.KindSource is "default" ? $"the release goes to {kind} (this host)" : $"the release goes to {kind} ({needs.Scm.KindSource} in the GoReleaser configuration)";
            problems.Add($"Target Release requires parameter {option}: {why}. Pass {option} <value>, set ${variable}, or add \"{member}\" to .nuke/parameters.json.");
        }

        if (needs.NeedsPro && string.IsNullOrEmpty(build.Context.Environment.GetValueOrDefault(PublishingNeeds.ProKeyVariable)))
        {
            problems.Add($"Target Release requires ${PublishingNeeds.ProKeyVariable}: the configuration needs GoReleaser Pro ({string.Join("; ", needs.ProReasons)}). Set it to your GoReleaser Pro licence key.");
        }

        return problems.Count == 0 ? true : throw new BuildConfigurationException(string.Join("\n", problems));
    }

    /// <summary>The variables GoReleaser gets: the release's token, and <c>GORELEASER_FORCE_TOKEN</c> when another SCM token is or could be present.</summary>
    public static Dictionary<string, string?> Environment(IRelease build)
    {
        var needs = Needs(build);
        var kind = Kind(build, needs);
        var variable = ScmNeeds.TokenVariableFor(kind);
        var environment = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (Token(build, kind) is { Length: > 0 } token)
        {
            environment[variable] = token;
        }

        var others = ScmNeeds.AllTokenVariables.Where(v => !string.Equals(v, variable, StringComparison.Ordinal))
            .Where(v => !string.IsNullOrEmpty(build.Context.Environment.GetValueOrDefault(v)) || needs.Scm.OtherTokensRead.Contains(v, StringComparer.Ordinal));
        if (others.Any() && !build.Context.Environment.ContainsKey("GORELEASER_FORCE_TOKEN"))
        {
            environment["GORELEASER_FORCE_TOKEN"] = ScmNeeds.ForceTokenValueFor(kind);
        }

        return environment;
    }
}
