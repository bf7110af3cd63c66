using System.Globalization;
using System.IO.Compression;
using System.Net;
using Octokit;

namespace Slipway.Clients.GitHub;

/// <summary>
/// Reads GitHub Actions history through Octokit: workflow runs, their jobs and steps, and their artifacts, as
/// Slipway's own records. Requests go over a retry handler (5xx, connection failures, and rate limits that reset
/// within <see cref="GitHubOptions.Retry"/>'s longest wait); every other failure is a worded
/// <see cref="GitHubApiException"/>.
/// </summary>
public sealed class GitHubActionsClient : IDisposable
{
    private readonly GitHubApi _api;

    /// <summary>Creates the client.</summary>
    /// <param name="options">API address, token and retry bounds; <see cref="GitHubOptions.FromEnvironment"/> when null.</param>
    /// <param name="transport">The innermost handler (a <see cref="SocketsHttpHandler"/> that leaves redirects to Octokit when null).</param>
    public GitHubActionsClient(GitHubOptions? options = null, HttpMessageHandler? transport = null)
    {
        _api = new GitHubApi(options ?? GitHubOptions.FromEnvironment(), transport);
    }

    /// <summary>The options in force.</summary>
    public GitHubOptions Options => _api.Options;

    /// <summary>
    /// The newest runs of <paramref name="workflowFile"/> (file name such as <c>ci.yml</c>), newest first.
    /// </summary>
    /// <param name="owner">Repository owner.</param>
    /// <param name="repo">Repository name.</param>
    /// <param name="workflowFile">Workflow file name under <c>.github/workflows</c>.</param>
    /// <param name="branch">Only runs for this branch; all branches when null.</param>
    /// <param name="status">Status or conclusion filter (<c>success</c>, <c>completed</c>...); none when null.</param>
    /// <param name="max">At most this many runs (pages of up to 100 are followed).</param>
    /// <param name="cancellationToken">Not passed to Octokit, whose read calls take none; checked between calls.</param>
    /// <exception cref="GitHubApiException">The workflow does not exist, the token is refused, or the rate limit is spent.</exception>
    public async Task<IReadOnlyList<GitHubWorkflowRun>> ListWorkflowRunsAsync(
        string owner, string repo, string workflowFile, string? branch = null, string? status = "success", int max = 20, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        cancellationToken.ThrowIfCancellationRequested();
        var request = new WorkflowRunsRequest { Branch = branch, ExcludePullRequests = true };
        if (status is not null)
        {
            request.Status = new StringEnum<CheckRunStatusFilter>(status);
        }

        var pageSize = Math.Min(max, 100);
        var pages = new ApiOptions { PageSize = pageSize, PageCount = (max + pageSize - 1) / pageSize, StartPage = 1 };
        var what = _api.Describe("GET", $"repos/{owner}/{repo}/actions/workflows/{workflowFile}/runs");
        try
        {
            var runs = await _api.CallAsync(what, client => client.Actions.Workflows.Runs.ListByWorkflow(owner, repo, workflowFile, request, pages));
            return [.. runs.WorkflowRuns.Take(max).Select(ToRun)];
        }
        catch (GitHubApiException ex) when (ex.StatusCode == HttpStatusCode.NotFound)
        {
            throw new GitHubApiException(
                $"workflow {workflowFile} not found in {owner}/{repo} ({what} answered 404). Check the file name under .github/workflows and the repository; a private repository also answers 404 to a token that cannot read it.",
                HttpStatusCode.NotFound,
                inner: ex);
        }
    }

    /// <summary>The jobs of the latest attempt of run <paramref name="runId"/>, with their steps (all pages).</summary>
    /// <exception cref="GitHubApiException">The run does not exist, the token is refused, or the rate limit is spent.</exception>
    public async Task<IReadOnlyList<GitHubJob>> ListJobsAsync(string owner, string repo, long runId, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var jobs = await _api.CallAsync(
            _api.Describe("GET", $"repos/{owner}/{repo}/actions/runs/{Id(runId)}/jobs"),
            client => client.Actions.Workflows.Jobs.List(owner, repo, runId, new WorkflowRunJobsRequest { Filter = WorkflowRunJobsFilter.Latest }, new ApiOptions { PageSize = 100 }));
        return [.. jobs.Jobs.Select(ToJob)];
    }

    /// <summary>The artifacts of run <paramref name="runId"/> (all pages), optionally only those named <paramref name="name"/>.</summary>
    /// <exception cref="GitHubApiException">The run does not exist, the token is refused, or the rate limit is spent.</exception>
    public async Task<IReadOnlyList<GitHubArtifact>> ListRunArtifactsAsync(string owner, string repo, long runId, string? name = null, CancellationToken cancellationToken = default)
    {
        const int PageSize = 100;
        var what = _api.Describe("GET", $"repos/{owner}/{repo}/actions/runs/{Id(runId)}/artifacts");
        var artifacts = new List<GitHubArtifact>();
        // Octokit reads one page of this endpoint per call; the pages are asked for here.
        for (var page = 1; ; page++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var request = new ListArtifactsRequest { PerPage = PageSize, Page = page, Name = name };
            var answer = await _api.CallAsync(what, client => client.Actions.Artifacts.ListWorkflowArtifacts(owner, repo, runId, request));
            artifacts.AddRange(answer.Artifacts.Select(ToArtifact));
            if (answer.Artifacts.Count < PageSize || artifacts.Count >= answer.TotalCount)
            {
                return artifacts;
            }
        }
    }

    /// <summary>
    /// Downloads artifact <paramref name="artifactId"/> as a zip. GitHub answers with a redirect to short-lived storage
    /// on another host; the token is not sent there.
    /// </summary>
    /// <exception cref="GitHubApiException">The artifact does not exist or has expired, or the download failed.</exception>
    public async Task<byte[]> DownloadArtifactZipAsync(string owner, string repo, long artifactId, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        await using var zip = await _api.CallAsync(
            _api.Describe("GET", $"repos/{owner}/{repo}/actions/artifacts/{Id(artifactId)}/zip"),
            client => client.Actions.Artifacts.DownloadArtifact(owner, repo, artifactId, "zip"));
        using var copy = new MemoryStream();
        await zip.CopyToAsync(copy, cancellationToken);
        return copy.ToArray();
    }

    /// <summary>Downloads an artifact and returns the text of the file named <paramref name="fileName"/> in it; null when absent.</summary>
    public async Task<string?> ReadArtifactFileAsync(string owner, string repo, long artifactId, string fileName, CancellationToken cancellationToken = default) =>
        ExtractFile(await DownloadArtifactZipAsync(owner, repo, artifactId, cancellationToken), fileName);

    /// <summary>
    /// The UTF-8 text of the entry of <paramref name="zip"/> whose path is <paramref name="fileName"/> or ends with
    /// <c>/fileName</c> (upload-artifact keeps paths relative to the common parent); null when there is none.
    /// </summary>
    /// <exception cref="InvalidDataException">The bytes are not a zip archive.</exception>
    public static string? ExtractFile(byte[] zip, string fileName)
    {
        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        var entry = archive.Entries
            .Where(e => string.Equals(e.FullName, fileName, StringComparison.Ordinal) || e.FullName.EndsWith("/" + fileName, StringComparison.Ordinal))
            .MinBy(e => e.FullName.Length);
        if (entry is null)
        {
            return null;
        }

        using var reader = new StreamReader(entry.Open());
        return reader.ReadToEnd();
    }

    /// <inheritdoc />
    public void Dispose() => _api.Dispose();

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    private static GitHubWorkflowRun ToRun(WorkflowRun run) => new()
    {
        Id = run.Id,
        Name = run.Name,
        HeadBranch = run.HeadBranch,
        HeadSha = run.HeadSha,
        Event = run.Event,
        Status = run.Status.StringValue,
        Conclusion = run.Conclusion?.StringValue,
        RunAttempt = (int)run.RunAttempt,
        CreatedAt = run.CreatedAt,
        UpdatedAt = run.UpdatedAt,
        RunStartedAt = run.RunStartedAt == default ? null : run.RunStartedAt,
        HtmlUrl = run.HtmlUrl,
    };

    private static GitHubJob ToJob(WorkflowJob job) => new()
    {
        Id = job.Id,
        RunId = job.RunId,
        Name = job.Name,
        Status = job.Status.StringValue,
        Conclusion = job.Conclusion?.StringValue,
        StartedAt = job.StartedAt == default ? null : job.StartedAt,
        CompletedAt = job.CompletedAt,
        Steps = [.. (job.Steps ?? []).Select(s => new GitHubStep
        {
            Name = s.Name,
            Number = s.Number,
            Status = s.Status.StringValue,
            Conclusion = s.Conclusion?.StringValue,
            StartedAt = s.StartedAt,
            CompletedAt = s.CompletedAt,
        })],
        Labels = [.. job.Labels ?? []],
        RunnerName = job.RunnerName,
        HtmlUrl = job.HtmlUrl,
    };

    private static GitHubArtifact ToArtifact(Artifact artifact) => new()
    {
        Id = artifact.Id,
        Name = artifact.Name,
        SizeInBytes = artifact.SizeInBytes,
        Expired = artifact.Expired,
        ArchiveDownloadUrl = artifact.ArchiveDownloadUrl,
        CreatedAt = Utc(artifact.CreatedAt),
        ExpiresAt = Utc(artifact.ExpiresAt),
    };

    // Octokit types these as DateTime; GitHub sends them in UTC.
    private static DateTimeOffset? Utc(DateTime time) =>
        time == default ? null : new DateTimeOffset(time.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(time, DateTimeKind.Utc) : time.ToUniversalTime());
}
