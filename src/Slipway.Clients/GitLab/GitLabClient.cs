using System.Globalization;
using System.Net;
using Slipway.Clients.Http;

namespace Slipway.Clients.GitLab;

/// <summary>
/// Reads GitLab CI history over the REST API v4: pipelines, their jobs, and job artifact files. Give it an
/// <see cref="HttpClient"/> over a <see cref="RetryHandler"/> so 5xx and short 429s are retried; this client waits
/// for a rate limit that resets soon and words every other failure.
/// </summary>
public sealed class GitLabClient
{
    private readonly GitLabApi _gitLab;

    /// <summary>Creates the client.</summary>
    /// <param name="http">Transport; its base address is ignored.</param>
    /// <param name="options">API address and token; <see cref="GitLabOptions.FromEnvironment"/> when null.</param>
    /// <param name="time">Clock for rate-limit waits; the system clock when null.</param>
    public GitLabClient(HttpClient http, GitLabOptions? options = null, TimeProvider? time = null)
    {
        _gitLab = new GitLabApi(
            http, options ?? GitLabOptions.FromEnvironment(), time ?? TimeProvider.System, "read_api",
            "may not read this project's pipelines (needs read_api; a CI_JOB_TOKEN reaches few endpoints)");
    }

    /// <summary>The options in force.</summary>
    public GitLabOptions Options => _gitLab.Options;

    /// <summary>The newest pipelines of <paramref name="project"/>, newest first.</summary>
    /// <param name="project">Numeric id or full path (<c>group/sub/name</c>; escaped here).</param>
    /// <param name="ref">Only pipelines for this branch or tag; all when null.</param>
    /// <param name="status">Only pipelines with this status; all when null.</param>
    /// <param name="max">At most this many (pages of up to 100 are followed).</param>
    /// <param name="cancellationToken">Cancels the requests.</param>
    /// <exception cref="GitLabApiException">The project does not exist or is not visible, the token is refused, or the rate limit is spent.</exception>
    public async Task<IReadOnlyList<GitLabPipeline>> ListPipelinesAsync(
        string project, string? @ref = null, string? status = "success", int max = 20, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        var query = JsonApi.Query(
            ("per_page", Math.Min(max, 100).ToString(CultureInfo.InvariantCulture)), ("ref", @ref), ("status", status), ("order_by", "id"), ("sort", "desc"));
        var url = Url($"projects/{JsonApi.Segment(project)}/pipelines{query}");
        try
        {
            return await _gitLab.Json.GetPagesAsync<GitLabPipeline>(url, max, cancellationToken);
        }
        catch (GitLabApiException ex) when (ex.StatusCode == HttpStatusCode.NotFound)
        {
            throw new GitLabApiException(
                $"project {project} not found at {Options.ApiUrl} (GET {url} answered 404). Check the project path or id; a private project also answers 404 without a token that can read it ({Options.TokenVariable}).",
                HttpStatusCode.NotFound,
                inner: ex);
        }
    }

    /// <summary>All jobs of pipeline <paramref name="pipelineId"/> (latest attempts; pages of 100 followed).</summary>
    /// <exception cref="GitLabApiException">The pipeline does not exist, the token is refused, or the rate limit is spent.</exception>
    public async Task<IReadOnlyList<GitLabJob>> ListPipelineJobsAsync(string project, long pipelineId, CancellationToken cancellationToken = default) =>
        await _gitLab.Json.GetPagesAsync<GitLabJob>(
            Url($"projects/{JsonApi.Segment(project)}/pipelines/{pipelineId.ToString(CultureInfo.InvariantCulture)}/jobs?per_page=100"),
            int.MaxValue,
            cancellationToken);

    /// <summary>
    /// The text of file <paramref name="path"/> (e.g. <c>.nuke/temp/timings.json</c>) in the artifacts of job
    /// <paramref name="jobId"/>; null when the job, its artifacts or the file do not exist (404).
    /// </summary>
    /// <exception cref="GitLabApiException">The token is refused or the rate limit is spent.</exception>
    public async Task<string?> GetJobArtifactFileAsync(string project, long jobId, string path, CancellationToken cancellationToken = default)
    {
        var escapedPath = string.Join('/', path.Split('/').Select(JsonApi.Segment));
        var url = Url($"projects/{JsonApi.Segment(project)}/jobs/{jobId.ToString(CultureInfo.InvariantCulture)}/artifacts/{escapedPath}");
        using var response = await _gitLab.Json.GetAsync(url, nullOnNotFound: true, cancellationToken);
        return response is null ? null : await response.Content.ReadAsStringAsync(cancellationToken);
    }

    private Uri Url(string relative) => _gitLab.Url(relative);
}
