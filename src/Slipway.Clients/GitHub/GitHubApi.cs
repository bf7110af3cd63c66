using System.Globalization;
using System.Net;
using Octokit;
using Octokit.Internal;
using Slipway.Clients.Http;

namespace Slipway.Clients.GitHub;

/// <summary>
/// One Octokit connection for the GitHub clients: the API root as given (GitHub Enterprise Server, a loopback test
/// double), the token as a bearer token, requests over a <see cref="RetryHandler"/> (Octokit retries nothing), and
/// Octokit's exceptions turned into <see cref="GitHubApiException"/>s that say what was asked, what GitHub answered
/// and what to do.
/// </summary>
internal sealed class GitHubApi : IDisposable
{
    private readonly HttpClientAdapter _http;

    public GitHubApi(GitHubOptions options, HttpMessageHandler? transport)
    {
        Options = options;
        Root = options.ApiUrl.AbsoluteUri.TrimEnd('/') + "/";
        // Without automatic redirects Octokit follows them itself and drops the token when the host changes (artifact storage).
        var handler = new RetryHandler(options.Retry, transport ?? new SocketsHttpHandler { AllowAutoRedirect = false });
        var credentials = options.Token is { Length: > 0 } token ? new Credentials(token, AuthenticationType.Bearer) : Credentials.Anonymous;
        _http = new HttpClientAdapter(() => handler);
        Client = new GitHubClient(new Connection(
            new ProductHeaderValue(options.UserAgent),
            new Uri(Root, UriKind.Absolute),
            new InMemoryCredentialStore(credentials),
            _http,
            new SimpleJsonSerializer()));
    }

    public GitHubOptions Options { get; }

    /// <summary>The API root ending in <c>/</c>.</summary>
    public string Root { get; }

    public GitHubClient Client { get; }

    /// <summary>Runs one Octokit call; <paramref name="request"/> (e.g. <c>GET repos/o/r/releases</c>) names it in errors.</summary>
    /// <exception cref="GitHubApiException">GitHub refused or failed the request.</exception>
    public async Task<T> CallAsync<T>(string request, Func<GitHubClient, Task<T>> call)
    {
        try
        {
            return await call(Client);
        }
        catch (ApiException ex)
        {
            throw Translate(request, ex);
        }
    }

    /// <inheritdoc cref="CallAsync{T}"/>
    public Task CallAsync(string request, Func<GitHubClient, Task> call) =>
        CallAsync(request, async client =>
        {
            await call(client);
            return true;
        });

    public void Dispose() => _http.Dispose();

    /// <summary>The request as messages show it: method and full address.</summary>
    public string Describe(string method, string relative) => $"{method} {Root}{relative}";

    private GitHubApiException Translate(string request, ApiException ex)
    {
        var headers = ex.HttpResponse?.Headers ?? new Dictionary<string, string>(StringComparer.Ordinal);
        var rate = RateLimitState.From(headers);
        var status = ex.StatusCode;
        var said = ex.ApiError?.Message is { Length: > 0 } message ? $" GitHub said: {message}." : "";
        var limited = ex is RateLimitExceededException or SecondaryRateLimitExceededException
            || (status is HttpStatusCode.Forbidden or HttpStatusCode.TooManyRequests
                && (rate.Exhausted || headers.Keys.Any(k => string.Equals(k, "Retry-After", StringComparison.OrdinalIgnoreCase))));
        if (limited)
        {
            var reset = rate.Reset;
            var when = reset is { } r ? $"It resets at {r.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)} UTC" : "Retry later";
            var advice = Options.Token is null
                ? $"Anonymous requests get 60 per hour: set {Options.TokenVariable} to a token (5,000 per hour)."
                : $"Wait for the reset or use another token than the one in {Options.TokenVariable}.";
            return new GitHubApiException($"{request}: GitHub API rate limit exceeded (HTTP {(int)status}). {when}. {advice}{said}", status, reset, ex);
        }

        return new GitHubApiException(
            status switch
            {
                HttpStatusCode.Unauthorized => $"{request}: GitHub answered 401: the token is invalid or expired. Set {Options.TokenVariable} to a valid token.{said}",
                HttpStatusCode.Forbidden => $"{request}: GitHub answered 403: the token in {Options.TokenVariable} lacks the permission this needs (actions: read to read runs, contents: write for releases).{said}",
                HttpStatusCode.NotFound => $"{request}: not found (404); check owner, repository and ids; a private repository needs a token in {Options.TokenVariable}.{said}",
                var s => $"{request}: GitHub answered {(int)s} {s}.{said}",
            },
            status,
            inner: ex);
    }
}
