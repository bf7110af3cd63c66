using Slipway.Clients.GitHub;
using Slipway.Clients.GitLab;
using Slipway.Clients.Http;
using Slipway.Components.Timing;
using Slipway.Hosts;

namespace Slipway.Components.Scm;

/// <summary>
/// How components reach the repository's code-hosting system (GitHub or GitLab): its API, the repository and the
/// tokens. On CI all of it comes from the host; on a terminal, from these parameters.
/// </summary>
public interface IScmAccess : IBuild
{
    /// <summary>GitHub token.</summary>
    [Parameter("GitHub token (env GITHUB_TOKEN): actions: read to capture baselines, contents: write for pre-releases")]
    [Secret]
    string? GithubToken => this.GetParameter(() => GithubToken);

    /// <summary>GitLab access token.</summary>
    [Parameter("GitLab access token (env GITLAB_TOKEN): read_api to capture baselines, api to prune pre-releases")]
    [Secret]
    string? GitlabToken => this.GetParameter(() => GitlabToken);

    /// <summary><c>owner/name</c>; by default <c>GITHUB_REPOSITORY</c> on GitHub Actions.</summary>
    [Parameter("GitHub repository owner/name (default: the repository of the GitHub Actions run)")]
    string? GithubRepository => this.GetParameter(() => GithubRepository);

    /// <summary>Project path or id; by default <c>CI_PROJECT_PATH</c> on GitLab CI.</summary>
    [Parameter("GitLab project path or id (default: the project of the GitLab CI job)")]
    string? GitlabProject => this.GetParameter(() => GitlabProject);

    /// <summary>GitHub API root (GitHub Enterprise Server: https://HOST/api/v3).</summary>
    [Parameter("GitHub API root (default: GITHUB_API_URL, else https://api.github.com)")]
    string? GithubApiUrl => this.GetParameter(() => GithubApiUrl);

    /// <summary>GitLab API root ending in /api/v4; by default <c>CI_API_V4_URL</c>, else gitlab.com.</summary>
    [Parameter("GitLab API root ending in /api/v4 (default: CI_API_V4_URL, else https://gitlab.com/api/v4)")]
    string? GitlabApiUrl => this.GetParameter(() => GitlabApiUrl);

    /// <summary>
    /// The GitLab token to send: <see cref="GitlabToken"/>, else none. A job maps it as <c>GITLAB_TOKEN: $GITLAB_TOKEN</c>;
    /// where that CI/CD variable is not defined (a protected variable on an unprotected branch) GitLab passes the text
    /// <c>$GITLAB_TOKEN</c> itself (gitlab-org/gitlab#350747), which is no token.
    /// </summary>
    string? EffectiveGitlabToken => GitlabToken is { Length: > 0 } token && !token.StartsWith('$') ? token : null;

    /// <summary>
    /// The system and repository: the system <paramref name="chosen"/>, else the CI host's, else the one of the repository
    /// parameters that is set; the repository from its parameter, else the CI host's. Null, with <paramref name="problem"/>
    /// saying what is needed (worded to follow "requires"), when they cannot be told.
    /// </summary>
    /// <param name="chosen">The system a component's own parameter names, if any.</param>
    /// <param name="systemOption">That parameter's option, named in advice (e.g. <c>--baseline-system</c>).</param>
    /// <param name="problem">What is missing, or null.</param>
    ScmRepository? ResolveScmRepository(CiSystem? chosen, string systemOption, out string? problem)
    {
        var system = chosen ?? Context.Host.Forge switch
        {
            ForgeKind.GitHub => CiSystem.GitHub,
            ForgeKind.GitLab => CiSystem.GitLab,
            _ when GithubRepository is not null && GitlabProject is null => CiSystem.GitHub,
            _ when GitlabProject is not null && GithubRepository is null => CiSystem.GitLab,
            _ => (CiSystem?)null,
        };
        var repository = system switch
        {
            CiSystem.GitHub => GithubRepository ?? (Context.Host.Forge == ForgeKind.GitHub ? Context.Host.Repository : null),
            CiSystem.GitLab => GitlabProject ?? (Context.Host.Forge == ForgeKind.GitLab ? Context.Host.Repository : null),
            _ => null,
        };
        problem = (system, repository) switch
        {
            (null, _) when GithubRepository is not null => $"one repository, but both --github-repository and --gitlab-project are set: choose with {systemOption} github or {systemOption} gitlab",
            (null, _) => "the repository, which is unknown off CI: pass --github-repository owner/name (GitHub Actions) or --gitlab-project group/name (GitLab), with a token in GITHUB_TOKEN or GITLAB_TOKEN",
            (CiSystem.GitHub, null) => "the GitHub repository: pass --github-repository owner/name",
            (CiSystem.GitLab, null) => "the GitLab project: pass --gitlab-project group/name (or its numeric id)",
            (CiSystem.GitHub, { } name) when name.Split('/') is not [{ Length: > 0 }, { Length: > 0 }] => $"a GitHub repository of the form owner/name, e.g. octo-org/octo-repo (--github-repository is '{name}')",
            _ => null,
        };
        return problem is null ? new ScmRepository(system!.Value, repository!) : null;
    }

    /// <summary>The GitHub API address (<see cref="GithubApiUrl"/>, else <c>GITHUB_API_URL</c>, else api.github.com) and token.</summary>
    GitHubOptions GitHubApiOptions(RetryOptions? retry = null)
    {
        var options = new GitHubOptions
        {
            ApiUrl = new Uri(GithubApiUrl ?? (Context.Host.Forge == ForgeKind.GitHub ? Context.Host.ApiUrl : null) ?? "https://api.github.com/", UriKind.Absolute),
            Token = GithubToken,
            TokenVariable = "GITHUB_TOKEN (--github-token)",
        };
        return retry is null ? options : options with { Retry = retry };
    }

    /// <summary>
    /// The GitLab API address (<see cref="GitlabApiUrl"/>, else <c>CI_API_V4_URL</c>, else gitlab.com) and token: the
    /// access token, else, when <paramref name="jobTokenAllowed"/>, the job's <c>CI_JOB_TOKEN</c>.
    /// </summary>
    GitLabOptions GitLabApiOptions(bool jobTokenAllowed, TimeSpan? maxRateLimitWait = null)
    {
        var token = EffectiveGitlabToken;
        var jobToken = token is null && jobTokenAllowed && Context.Host.Forge == ForgeKind.GitLab && Context.Host.JobToken is { Length: > 0 } job ? job : null;
        var options = new GitLabOptions
        {
            ApiUrl = new Uri(GitlabApiUrl ?? (Context.Host.Forge == ForgeKind.GitLab ? Context.Host.ApiUrl : null) ?? "https://gitlab.com/api/v4/", UriKind.Absolute),
            PrivateToken = token,
            JobToken = jobToken,
            TokenVariable = jobToken is null ? "GITLAB_TOKEN (--gitlab-token)" : "CI_JOB_TOKEN",
        };
        return maxRateLimitWait is { } wait ? options with { MaxRateLimitWait = wait } : options;
    }
}
