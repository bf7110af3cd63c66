using Slipway.Clients.Http;
using Slipway.Components.Scm;
using Slipway.Components.Timing;

namespace Slipway.Components.Prerelease;

/// <summary>
/// What publishing and pruning pre-releases share: which system and repository (from the CI host, or the
/// <see cref="IScmAccess"/> parameters on a terminal), the tokens, retries and the clock.
/// </summary>
public interface IPrereleaseSettings : IScmAccess
{
    /// <summary>github or gitlab; by default the CI host, else whichever of --github-repository/--gitlab-project is set.</summary>
    [Parameter("github or gitlab: where pre-releases are published and pruned (default: the CI host, or the repository parameter given)")]
    CiSystem? PrereleaseSystem => this.GetParameter(() => PrereleaseSystem);

    /// <summary>The generic package (GitLab) that holds pre-release files, one version per pre-release.</summary>
    string PrereleasePackage => "prerelease";

    /// <summary>Retries of API calls and of GitHub asset uploads (whose streamed bodies the HTTP retries cannot replay); tests shorten the delays.</summary>
    RetryOptions PrereleaseRetry => RetryOptions.Default with { MaxDelay = TimeSpan.FromMinutes(1) };

    /// <summary>The clock pruning measures ages with and retries wait on.</summary>
    TimeProvider PrereleaseClock => TimeProvider.System;

    /// <summary>Where pre-releases live; null, with <paramref name="problem"/> saying what is missing, when that cannot be told.</summary>
    ScmRepository? ResolvePrereleaseRepository(out string? problem) => ResolveScmRepository(PrereleaseSystem, "--prerelease-system", out problem);

    /// <summary>
    /// What is missing to reach the repository (worded to follow "requires"), or null: the repository, and a token that
    /// may write. On GitLab the job's <c>CI_JOB_TOKEN</c> publishes (the Releases and Packages APIs take it) but cannot
    /// delete tags, so pruning needs <c>GITLAB_TOKEN</c> (<paramref name="deletesTags"/>); <paramref name="writes"/> false (a
    /// dry run) needs no token.
    /// </summary>
    string? PrereleaseAccessProblem(bool deletesTags, bool writes = true)
    {
        if (ResolvePrereleaseRepository(out var problem) is not { } repository)
        {
            return problem;
        }

        var jobToken = Context.Environment.GetValueOrDefault("CI_JOB_TOKEN") is { Length: > 0 };
        return (repository.System, writes) switch
        {
            (_, false) => null,
            (CiSystem.GitHub, _) when GithubToken is not { Length: > 0 } => "a GitHub token with contents: write: set GITHUB_TOKEN or pass --github-token",
            (CiSystem.GitLab, _) when EffectiveGitlabToken is null && (deletesTags || !jobToken) => deletesTags
                ? "GITLAB_TOKEN (or --gitlab-token): a project access token with the api scope and the Maintainer role, as deleting tags is beyond a CI_JOB_TOKEN"
                : "a GitLab token: GITLAB_TOKEN (or --gitlab-token) with the api scope, or the CI_JOB_TOKEN of a GitLab job",
            _ => null,
        };
    }
}
