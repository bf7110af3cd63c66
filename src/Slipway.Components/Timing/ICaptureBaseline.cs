using Slipway.Clients.GitHub;
using Slipway.Clients.GitLab;
using Slipway.Clients.Http;
using Slipway.Components.Scm;
using Slipway.Hosts;

namespace Slipway.Components.Timing;

/// <summary>
/// <c>CaptureBaseline</c>: reads the last N successful runs of each generated GitHub workflow, or of the GitLab
/// project's pipeline, with the <c>timings.json</c> their jobs uploaded, and writes the committed baseline file.
/// </summary>
public interface ICaptureBaseline : ITimingSettings, IScmAccess
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
            var repository = ResolveBaselineRepository();
            var baseline = repository.System == CiSystem.GitHub
                ? await CaptureGitHubBaselineAsync(service, repository, runs, cancellation)
                : await CaptureGitLabBaselineAsync(service, repository, runs, cancellation);
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

    /// <summary>The CI system and repository to capture from: the parameter, the host, or the one repository parameter given.</summary>
    /// <exception cref="BuildConfigurationException">They cannot be told; the message says what to pass.</exception>
    ScmRepository ResolveBaselineRepository() =>
        ResolveScmRepository(BaselineSystem, "--baseline-system", out var problem) ?? throw new BuildConfigurationException($"A baseline is captured from {problem}.");

    private async Task<Baseline> CaptureGitHubBaselineAsync(CaptureBaselineService service, ScmRepository repository, int runs, CancellationToken cancellation)
    {
        var (owner, repo) = repository.GitHubParts;
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

        using var client = new GitHubActionsClient(GitHubApiOptions());
        return await service.CaptureGitHubAsync(client, owner, repo, workflows, BaselineBranch, runs, cancellationToken: cancellation);
    }

    private async Task<Baseline> CaptureGitLabBaselineAsync(CaptureBaselineService service, ScmRepository repository, int runs, CancellationToken cancellation)
    {
        using var http = new HttpClient(new RetryHandler(RetryOptions.Default, new SocketsHttpHandler()));
        var options = GitLabApiOptions(jobTokenAllowed: true);
        if (!options.HasToken)
        {
            Context.Annotate(AnnotationSeverity.Warning, "No GitLab token: only public projects can be read. Set GITLAB_TOKEN or pass --gitlab-token (scope read_api).");
        }

        return await service.CaptureGitLabAsync(new GitLabClient(http, options), repository.Name, BaselineBranch, runs, cancellationToken: cancellation);
    }
}
