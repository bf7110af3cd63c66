using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using Slipway.Clients.Http;

namespace Slipway.Clients.GitHub;

/// <summary>
/// Reads GitHub Actions history over the REST API (version 2022-11-28): workflow runs, their jobs and steps, and
/// their artifacts. Give it an <see cref="HttpClient"/> over a <see cref="RetryHandler"/> so 5xx and short 429s are
/// retried; this client waits for a rate limit that resets soon and words every other failure.
/// </summary>
public sealed class GitHubActionsClient
{
    private readonly JsonApi _api;
    private readonly string _root;

    /// <summary>Creates the client.</summary>
    /// <param name="http">Transport; its base address is ignored.</param>
    /// <param name="options">API address and token; <see cref="GitHubOptions.FromEnvironment"/> when null.</param>
    /// <param name="time">Clock for rate-limit waits; the system clock when null.</param>
    public GitHubActionsClient(HttpClient http, GitHubOptions? options = null, TimeProvider? time = null)
    {
        Options = options ?? GitHubOptions.FromEnvironment();
        _root = Options.ApiUrl.AbsoluteUri.TrimEnd('/') + "/";
        _api = new JsonApi(http, Options.MaxRateLimitWait, time ?? TimeProvider.System, Authorize, Fail);
    }

    /// <summary>The options in force.</summary>
    public GitHubOptions Options { get; }

    /// <summary>
    /// The newest runs of <paramref name="workflowFile"/> (file name such as <c>ci.yml</c>, or workflow id), newest first.
    /// </summary>
    /// <param name="owner">Repository owner.</param>
    /// <param name="repo">Repository name.</param>
    /// <param name="workflowFile">Workflow file name under <c>.github/workflows</c>.</param>
    /// <param name="branch">Only runs for this branch; all branches when null.</param>
    /// <param name="status">Status or conclusion filter (<c>success</c>, <c>completed</c>...); none when null.</param>
    /// <param name="max">At most this many runs (pages of up to 100 are followed).</param>
    /// <param name="cancellationToken">Cancels the requests.</param>
    /// <exception cref="GitHubApiException">The workflow does not exist, the token is refused, or the rate limit is spent.</exception>
    public async Task<IReadOnlyList<GitHubWorkflowRun>> ListWorkflowRunsAsync(
        string owner, string repo, string workflowFile, string? branch = null, string? status = "success", int max = 20, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        var query = JsonApi.Query(("per_page", PageSize(max)), ("branch", branch), ("status", status), ("exclude_pull_requests", "true"));
        var url = Url($"repos/{Seg(owner)}/{Seg(repo)}/actions/workflows/{Seg(workflowFile)}/runs{query}");
        try
        {
            return await _api.GetPagesAsync<GitHubWorkflowRun>(url, "workflow_runs", max, cancellationToken);
        }
        catch (GitHubApiException ex) when (ex.StatusCode == HttpStatusCode.NotFound)
        {
            throw new GitHubApiException(
                $"workflow {workflowFile} not found in {owner}/{repo} (GET {url} answered 404). Check the file name under .github/workflows and the repository; a private repository also answers 404 to a token that cannot read it.",
                HttpStatusCode.NotFound,
                inner: ex);
        }
    }

    /// <summary>The jobs of the latest attempt of run <paramref name="runId"/>, with their steps (all pages).</summary>
    /// <exception cref="GitHubApiException">The run does not exist, the token is refused, or the rate limit is spent.</exception>
    public async Task<IReadOnlyList<GitHubJob>> ListJobsAsync(string owner, string repo, long runId, CancellationToken cancellationToken = default) =>
        await _api.GetPagesAsync<GitHubJob>(
            Url($"repos/{Seg(owner)}/{Seg(repo)}/actions/runs/{runId.ToString(CultureInfo.InvariantCulture)}/jobs?filter=latest&per_page=100"),
            "jobs",
            int.MaxValue,
            cancellationToken);

    /// <summary>The artifacts of run <paramref name="runId"/> (all pages), optionally only those named <paramref name="name"/>.</summary>
    /// <exception cref="GitHubApiException">The run does not exist, the token is refused, or the rate limit is spent.</exception>
    public async Task<IReadOnlyList<GitHubArtifact>> ListRunArtifactsAsync(string owner, string repo, long runId, string? name = null, CancellationToken cancellationToken = default) =>
        await _api.GetPagesAsync<GitHubArtifact>(
            Url($"repos/{Seg(owner)}/{Seg(repo)}/actions/runs/{runId.ToString(CultureInfo.InvariantCulture)}/artifacts{JsonApi.Query(("per_page", "100"), ("name", name))}"),
            "artifacts",
            int.MaxValue,
            cancellationToken);

    /// <summary>
    /// Downloads artifact <paramref name="artifactId"/> as a zip. GitHub answers with a redirect to short-lived storage;
    /// when the handler does not follow redirects itself, this client does, without sending the token there.
    /// </summary>
    /// <exception cref="GitHubApiException">The artifact does not exist or has expired, or the download failed.</exception>
    public async Task<byte[]> DownloadArtifactZipAsync(string owner, string repo, long artifactId, CancellationToken cancellationToken = default)
    {
        var url = Url($"repos/{Seg(owner)}/{Seg(repo)}/actions/artifacts/{artifactId.ToString(CultureInfo.InvariantCulture)}/zip");
        var response = (await _api.GetAsync(url, nullOnNotFound: false, cancellationToken))!;
        for (var hops = 0; (int)response.StatusCode is >= 300 and < 400; hops++)
        {
            var location = response.Headers.Location;
            response.Dispose();
            if (location is null || hops >= 5)
            {
                throw new GitHubApiException($"GET {url}: the artifact download redirect has no usable Location (after {hops + 1} redirects).");
            }

            url = location.IsAbsoluteUri ? location : new Uri(url, location);
            response = (await _api.GetAsync(url, nullOnNotFound: false, cancellationToken, authorized: false))!;
        }

        using (response)
        {
            return await response.Content.ReadAsByteArrayAsync(cancellationToken);
        }
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

    private void Authorize(HttpRequestMessage request)
    {
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/vnd.github+json"));
        request.Headers.Add("X-GitHub-Api-Version", "2022-11-28");
        request.Headers.UserAgent.ParseAdd(Options.UserAgent);
        if (Options.Token is { Length: > 0 } token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
    }

    private GitHubApiException Fail(ApiFailure failure)
    {
        var said = failure.ServerMessage is null ? "" : $" GitHub said: {failure.ServerMessage}.";
        var what = $"GET {failure.Url}";
        if (failure.RateLimited)
        {
            var reset = failure.RateLimit.Reset;
            var when = reset is { } r ? $"It resets at {r.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)} UTC" : "Retry later";
            var advice = Options.Token is null
                ? $"Anonymous requests get 60 per hour: set {Options.TokenVariable} to a token (5,000 per hour)."
                : $"Wait for the reset or use another token than the one in {Options.TokenVariable}.";
            return new GitHubApiException($"{what}: GitHub API rate limit exceeded (HTTP {(int)failure.Status!}). {when}. {advice}{said}", failure.Status, reset);
        }

        return new GitHubApiException(
            failure.Status switch
            {
                null => $"{what}: {failure.ServerMessage}.",
                HttpStatusCode.Unauthorized => $"{what}: GitHub answered 401: the token is invalid or expired. Set {Options.TokenVariable} to a valid token.{said}",
                HttpStatusCode.Forbidden => $"{what}: GitHub answered 403: the token in {Options.TokenVariable} may not read Actions data of this repository (needs actions: read).{said}",
                HttpStatusCode.NotFound => $"{what}: not found (404); check owner, repository and ids; a private repository needs a token in {Options.TokenVariable}.{said}",
                var s => $"{what}: GitHub answered {(int)s} {s}.{said}",
            },
            failure.Status);
    }

    private Uri Url(string relative) => new(_root + relative, UriKind.Absolute);

    private static string Seg(string value) => JsonApi.Segment(value);

    private static string PageSize(int max) => Math.Min(max, 100).ToString(CultureInfo.InvariantCulture);
}
