using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using Slipway.Clients.Http;

namespace Slipway.Clients.GitLab;

/// <summary>
/// What the GitLab clients share: the API root, the token in the header its kind takes, the <see cref="JsonApi"/>
/// transport, and failures worded with what was asked, what GitLab answered and what to do.
/// </summary>
internal sealed class GitLabApi
{
    private readonly string _root;
    private readonly string _scope;
    private readonly string _forbidden;

    /// <param name="http">Transport (over a <see cref="RetryHandler"/>); its base address is ignored.</param>
    /// <param name="options">API address and token.</param>
    /// <param name="time">Clock for rate-limit waits.</param>
    /// <param name="scope">The token scope the calling client needs, named in 401 advice (e.g. <c>read_api</c>).</param>
    /// <param name="forbidden">What a 403 means for the calling client, after "the token in X ".</param>
    public GitLabApi(HttpClient http, GitLabOptions options, TimeProvider time, string scope, string forbidden)
    {
        Options = options;
        _root = options.ApiUrl.AbsoluteUri.TrimEnd('/') + "/";
        _scope = scope;
        _forbidden = forbidden;
        Json = new JsonApi(http, options.MaxRateLimitWait, time, Authorize, Fail);
    }

    public GitLabOptions Options { get; }

    public JsonApi Json { get; }

    /// <summary>An address under the API root.</summary>
    public Uri Url(string relative) => new(_root + relative, UriKind.Absolute);

    /// <summary>The <c>projects/:id</c> prefix: a numeric id, or a full path escaped as one segment (<c>group%2Fname</c>).</summary>
    public static string Project(string project) => "projects/" + JsonApi.Segment(project);

    private void Authorize(HttpRequestMessage request)
    {
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (Options.PrivateToken is { } privateToken)
        {
            request.Headers.Add("PRIVATE-TOKEN", privateToken);
        }
        else if (Options.JobToken is { } jobToken)
        {
            request.Headers.Add("JOB-TOKEN", jobToken);
        }
        else if (Options.BearerToken is { } bearer)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }
    }

    private GitLabApiException Fail(ApiFailure failure)
    {
        var said = failure.ServerMessage is null ? "" : $" GitLab said: {failure.ServerMessage}.";
        var what = $"{failure.Method} {failure.Url}";
        if (failure.RateLimited)
        {
            var reset = failure.RateLimit.Reset;
            var when = reset is { } r ? $"It resets at {r.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)} UTC" : "Retry later";
            var advice = Options.HasToken
                ? $"Wait for the reset or use another token than the one in {Options.TokenVariable}."
                : $"Unauthenticated requests have a lower limit: set {Options.TokenVariable} to an access token with {_scope}.";
            return new GitLabApiException($"{what}: GitLab API rate limit exceeded (HTTP {(int)failure.Status!}). {when}. {advice}{said}", failure.Status, reset);
        }

        return new GitLabApiException(
            failure.Status switch
            {
                null => $"{what}: {failure.ServerMessage}.",
                HttpStatusCode.Unauthorized => $"{what}: GitLab answered 401: the token is invalid or expired. Set {Options.TokenVariable} to a valid access token (scope {_scope}).{said}",
                HttpStatusCode.Forbidden => $"{what}: GitLab answered 403: the token in {Options.TokenVariable} {_forbidden}.{said}",
                HttpStatusCode.NotFound => $"{what}: not found (404); check the project and ids; a private project needs a token in {Options.TokenVariable}.{said}",
                var s => $"{what}: GitLab answered {(int)s} {s}.{said}",
            },
            failure.Status);
    }
}
