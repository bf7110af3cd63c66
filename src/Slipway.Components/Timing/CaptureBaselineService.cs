using System.Text.Json;
using Slipway.Clients.GitHub;
using Slipway.Clients.GitLab;
using Slipway.Reporting;

namespace Slipway.Components.Timing;

/// <summary>
/// Fetches the last N successful runs of GitHub workflows or of a GitLab project, with their jobs and, when asked,
/// the <c>timings.json</c> their jobs uploaded, and builds a <see cref="Baseline"/> from them.
/// </summary>
/// <param name="time">Clock for the capture time; the system clock when null.</param>
/// <param name="log">Receives progress and warnings (an unreadable timings artifact is skipped with a warning).</param>
public sealed class CaptureBaselineService(TimeProvider? time = null, Action<string>? log = null)
{
    /// <summary>Prefix of the GitHub artifacts holding a job's timings (<c>timings-&lt;job id&gt;</c>).</summary>
    public const string GitHubArtifactPrefix = "timings-";

    /// <summary>File name inside a GitHub timings artifact.</summary>
    public const string GitHubArtifactFile = "timings.json";

    /// <summary>Path of the timings file in a GitLab job's artifacts.</summary>
    public const string GitLabArtifactPath = ".nuke/temp/timings.json";

    private readonly TimeProvider _time = time ?? TimeProvider.System;

    /// <summary>Captures the baseline of <paramref name="workflowFiles"/> in <paramref name="owner"/>/<paramref name="repo"/>.</summary>
    /// <exception cref="GitHubApiException">A request failed (the message says why and what to do).</exception>
    public async Task<Baseline> CaptureGitHubAsync(
        GitHubActionsClient client,
        string owner,
        string repo,
        IReadOnlyList<string> workflowFiles,
        string? branch,
        int runs,
        bool includeTargets = true,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        var byWorkflow = new Dictionary<string, IReadOnlyList<GitHubRunSample>>(StringComparer.Ordinal);
        foreach (var workflow in workflowFiles)
        {
            var samples = new List<GitHubRunSample>();
            var found = await client.ListWorkflowRunsAsync(owner, repo, workflow, branch, "success", runs, cancellationToken);
            log?.Invoke($"{workflow}: {found.Count} successful runs");
            foreach (var run in found)
            {
                var jobs = await client.ListJobsAsync(owner, repo, run.Id, cancellationToken);
                var timings = new List<RunTimings>();
                if (includeTargets)
                {
                    foreach (var artifact in await client.ListRunArtifactsAsync(owner, repo, run.Id, cancellationToken: cancellationToken))
                    {
                        if (!artifact.Expired && artifact.Name.StartsWith(GitHubArtifactPrefix, StringComparison.Ordinal)
                            && Parse(await client.ReadArtifactFileAsync(owner, repo, artifact.Id, GitHubArtifactFile, cancellationToken), $"run {run.Id} artifact {artifact.Name}") is { } document)
                        {
                            timings.Add(document);
                        }
                    }
                }

                samples.Add(new GitHubRunSample(run, jobs, timings));
            }

            byWorkflow[workflow] = samples;
        }

        return BaselineBuilder.FromGitHub($"{owner}/{repo}", branch, runs, byWorkflow, _time.GetUtcNow());
    }

    /// <summary>Captures the baseline of <paramref name="project"/>'s pipeline.</summary>
    /// <exception cref="GitLabApiException">A request failed (the message says why and what to do).</exception>
    public async Task<Baseline> CaptureGitLabAsync(
        GitLabClient client, string project, string? @ref, int pipelines, bool includeTargets = true, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        var samples = new List<GitLabPipelineSample>();
        var found = await client.ListPipelinesAsync(project, @ref, "success", pipelines, cancellationToken);
        log?.Invoke($"{project}: {found.Count} successful pipelines");
        foreach (var pipeline in found)
        {
            var jobs = await client.ListPipelineJobsAsync(project, pipeline.Id, cancellationToken);
            var timings = new List<RunTimings>();
            if (includeTargets)
            {
                foreach (var job in jobs.Where(j => j.StartedAt is not null))
                {
                    if (Parse(await client.GetJobArtifactFileAsync(project, job.Id, GitLabArtifactPath, cancellationToken), $"job {job.Id} ({job.Name})") is { } document)
                    {
                        timings.Add(document);
                    }
                }
            }

            samples.Add(new GitLabPipelineSample(pipeline, jobs, timings));
        }

        return BaselineBuilder.FromGitLab(project, @ref, pipelines, samples, _time.GetUtcNow());
    }

    private RunTimings? Parse(string? json, string where)
    {
        if (json is null)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<RunTimings>(json, RunTimings.JsonOptions) ?? throw new JsonException("empty document");
        }
        catch (JsonException ex)
        {
            log?.Invoke($"warning: {where}: timings.json is not a valid timings document ({ex.Message}); its targets are left out of the baseline.");
            return null;
        }
    }
}
