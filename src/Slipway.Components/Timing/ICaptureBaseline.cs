using Slipway.Clients.GitHub;
using Slipway.Clients.GitLab;
using Slipway.Clients.Http;
using Slipway.Hosts;

namespace Slipway.Components.Timing;

/// <summary>
/// <c>CaptureBaseline</c>: reads the last N successful runs of each generated GitHub workflow, or of the GitLab
/// project's pipeline, with the <c>timings.json</c> their jobs uploaded, and writes the committed baseline file.
/// </summary>
public interface ICaptureBaseline : ITimingSettings
{
    /// <summary>How many successful runs per pipeline (default 10).</summary>
    [Parameter("Successful runs per pipeline the baseline is built from (default 10)")]
    int? BaselineRuns => this.GetParameter(() => BaselineRuns);

    /// <summary>github or gitlab; by default the CI host, else whichever of --github-repository/--gitlab-project is set.</summary>
    [Parameter("github or gitlab: where to capture the baseline from (default: the CI host, or the repository parameter given)")]
    CiSystem? BaselineSystem => this.GetParameter(() => BaselineSystem);

    /// <summary>Only runs of this branch; all branches when unset.</summary>
    [Parameter("Only runs of this branch (default: all branches)")]
    string? BaselineBranch => this.GetParameter(() => BaselineBranch);

    /// <summary>Workflow files to capture; by default the workflows the build generates.</summary>
    [Parameter("GitHub workflow files to capture, e.g. ci.yml (default: the generated workflows)")]
    string[]? BaselineWorkflows => this.GetParameter(() => BaselineWorkflows);

    /// <summary>GitHub token (actions: read).</summary>
    [Parameter("GitHub token with actions: read (env GITHUB_TOKEN)")]
    [Secret]
    string? GithubToken => this.GetParameter(() => GithubToken);

    /// <summary>GitLab access token (read_api).</summary>
    [Parameter("GitLab access token with read_api (env GITLAB_TOKEN)")]
    [Secret]
    string? GitlabToken => this.GetParameter(() => GitlabToken);

    /// <summary><c>owner/name</c>; by default <c>GITHUB_REPOSITORY</c> on GitHub Actions.</summary>
    [Parameter("GitHub repository owner/name (default: the repository of the GitHub Actions run)")]
    string? GithubRepository => this.GetParameter(() => GithubRepository);

    /// <summary>Project path or id; by default <c>CI_PROJECT_PATH</c> on GitLab CI.</summary>
    [Parameter("GitLab project path or id (default: the project of the GitLab CI job)")]
    string? GitlabProject => this.GetParameter(() => GitlabProject);

    /// <summary>GitHub API root (GitHub Enterprise Server: https://HOST/api/v3).</summary>
    [Parameter("GitHub API root (default https://api.github.com)")]
    string? GithubApiUrl => this.GetParameter(() => GithubApiUrl);

    /// <summary>GitLab API root ending in /api/v4; by default <c>CI_API_V4_URL</c>, else gitlab.com.</summary>
    [Parameter("GitLab API root ending in /api/v4 (default: CI_API_V4_URL, else https://gitlab.com/api/v4)")]
    string? GitlabApiUrl => this.GetParameter(() => GitlabApiUrl);

    /// <summary>The clock stamped into the baseline; tests fix it to get byte-identical files.</summary>
    TimeProvider BaselineClock => TimeProvider.System;

    /// <summary>Writes the timing baseline from CI history.</summary>
    Target CaptureBaseline => _ => _
        .Description("Writes .nuke/baseline.json from the last successful CI runs (GitHub Actions or GitLab)")
        .Executes(async cancellation =>
        {
            var runs = BaselineRuns ?? 10;
            if (runs is < 1 or > 1000)
            {
                throw new BuildConfigurationException($"--baseline-runs is {runs}; give 1 to 1000 runs per pipeline (default 10).");
            }

            var service = new CaptureBaselineService(BaselineClock, message => Context.Log.Information("{Progress}", message));
            var baseline = ResolveBaselineSystem() == CiSystem.GitHub
                ? await CaptureGitHubBaselineAsync(service, runs, cancellation)
                : await CaptureGitLabBaselineAsync(service, runs, cancellation);
            if (baseline.Pipelines.Count == 0)
            {
                throw new InvalidOperationException(
                    $"No successful runs found for {string.Join(", ", baseline.Source.Pipelines)} in {baseline.Source.Repository}{(baseline.Source.Ref is null ? "" : $" on {baseline.Source.Ref}")}; {BaselinePath} was not written. Let CI run successfully first, or check --baseline-branch.");
            }

            baseline.Write(BaselinePath);
            foreach (var (key, pipeline) in baseline.Pipelines)
            {
                Context.Log.Information(
                    "{Pipeline}: {Runs} runs, wall-clock median {WallClock} s, runner minutes median {RunnerMinutes}, {Jobs} jobs",
                    key, pipeline.Runs, pipeline.WallClockSeconds.Median, pipeline.RunnerMinutes.Median, pipeline.Jobs.Count);
            }

            Context.Log.Information("Wrote {Path}; commit it so CheckTimings and PlanCi can use it", BaselinePath);
        });

    /// <summary>The CI system to capture from: the parameter, the host, or the one repository parameter given.</summary>
    CiSystem ResolveBaselineSystem()
    {
        if (BaselineSystem is { } chosen)
        {
            return chosen;
        }

        return Context.Host.Forge switch
        {
            Slipway.Hosts.ForgeKind.GitHub => CiSystem.GitHub,
            Slipway.Hosts.ForgeKind.GitLab => CiSystem.GitLab,
            _ => (GithubRepository, GitlabProject) switch
            {
                ({ }, null) => CiSystem.GitHub,
                (null, { }) => CiSystem.GitLab,
                ({ }, { }) => throw new BuildConfigurationException("Both --github-repository and --gitlab-project are set; say which to capture with --baseline-system github or --baseline-system gitlab."),
                _ => throw new BuildConfigurationException(
                    "Not on CI, so the repository is unknown: pass --github-repository owner/name (GitHub Actions) or --gitlab-project group/name (GitLab), with a token in GITHUB_TOKEN or GITLAB_TOKEN."),
            },
        };
    }

    private async Task<Baseline> CaptureGitHubBaselineAsync(CaptureBaselineService service, int runs, CancellationToken cancellation)
    {
        var repository = GithubRepository ?? (Context.Host.Forge == Slipway.Hosts.ForgeKind.GitHub ? Context.Host.Repository : null)
            ?? throw new BuildConfigurationException("No GitHub repository: pass --github-repository owner/name.");
        var parts = repository.Split('/');
        if (parts.Length != 2 || parts.Any(p => p.Length == 0))
        {
            throw new BuildConfigurationException($"--github-repository '{repository}' is not owner/name (e.g. octo-org/octo-repo).");
        }

        var workflows = BaselineWorkflows is { Length: > 0 } given ? [.. given]
            : CiPipelines().Where(p => !CiPlanner.IsGitLab(p)).Select(CiPlanner.PipelineKey).ToList();
        if (workflows.Count == 0)
        {
            throw new BuildConfigurationException("No GitHub workflows to capture: the build generates none. Pass --baseline-workflows ci.yml (file names under .github/workflows).");
        }

        if (GithubToken is null)
        {
            Context.Annotate(AnnotationSeverity.Warning, "No GitHub token: anonymous requests are limited to 60 per hour and see public repositories only. Set GITHUB_TOKEN or pass --github-token.");
        }

        var options = new GitHubOptions
        {
            ApiUrl = new Uri(GithubApiUrl ?? (Context.Host.Forge == Slipway.Hosts.ForgeKind.GitHub ? Context.Host.ApiUrl : null) ?? "https://api.github.com/", UriKind.Absolute),
            Token = GithubToken,
            TokenVariable = "GITHUB_TOKEN (--github-token)",
        };
        using var client = new GitHubActionsClient(options);
        return await service.CaptureGitHubAsync(client, parts[0], parts[1], workflows, BaselineBranch, runs, cancellationToken: cancellation);
    }

    private async Task<Baseline> CaptureGitLabBaselineAsync(CaptureBaselineService service, int runs, CancellationToken cancellation)
    {
        using var http = new HttpClient(new RetryHandler(RetryOptions.Default, new SocketsHttpHandler()));
        var project = GitlabProject ?? (Context.Host.Forge == Slipway.Hosts.ForgeKind.GitLab ? Context.Host.Repository : null)
            ?? throw new BuildConfigurationException("No GitLab project: pass --gitlab-project group/name (or the numeric id).");
        var jobToken = GitlabToken is null && Context.Host.Forge == Slipway.Hosts.ForgeKind.GitLab ? Context.Host.JobToken : null;
        if (GitlabToken is null && jobToken is null)
        {
            Context.Annotate(AnnotationSeverity.Warning, "No GitLab token: only public projects can be read. Set GITLAB_TOKEN or pass --gitlab-token (scope read_api).");
        }

        var options = new GitLabOptions
        {
            ApiUrl = new Uri(GitlabApiUrl ?? (Context.Host.Forge == Slipway.Hosts.ForgeKind.GitLab ? Context.Host.ApiUrl : null) ?? "https://gitlab.com/api/v4/", UriKind.Absolute),
            PrivateToken = GitlabToken,
            JobToken = jobToken,
            TokenVariable = jobToken is null ? "GITLAB_TOKEN (--gitlab-token)" : "CI_JOB_TOKEN",
        };
        return await service.CaptureGitLabAsync(new GitLabClient(http, options), project, BaselineBranch, runs, cancellationToken: cancellation);
    }
}
