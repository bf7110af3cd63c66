using Slipway.Clients.GitHub;
using Slipway.Clients.GitLab;
using Slipway.Clients.Http;

namespace Slipway.Clients.Tests.TestDoubles;

/// <summary>Clients wired the production way (RetryHandler over SocketsHttpHandler; Octokit for GitHub) to a <see cref="FakeHttpServer"/>.</summary>
public static class ApiClients
{
    public static RetryOptions FastRetries { get; } = new() { BaseDelay = TimeSpan.FromMilliseconds(10), MaxDelay = TimeSpan.FromSeconds(3) };

    public static HttpClient Http() => new(new RetryHandler(FastRetries, new SocketsHttpHandler()));

    public static GitHubOptions GitHubOptions(FakeHttpServer server, string? token = "ghp_testtoken") =>
        new() { ApiUrl = server.BaseUrl, Token = token, Retry = FastRetries with { MaxDelay = TimeSpan.FromSeconds(5) } };

    public static GitHubActionsClient GitHub(FakeHttpServer server, string? token = "ghp_testtoken", bool followRedirects = false) =>
        new(GitHubOptions(server, token), new SocketsHttpHandler { AllowAutoRedirect = followRedirects });

    public static GitHubReleasesClient GitHubReleases(FakeHttpServer server, string? token = "ghp_testtoken") =>
        new(GitHubOptions(server, token), new SocketsHttpHandler { AllowAutoRedirect = false });

    public static GitLabClient GitLab(FakeHttpServer server, string? privateToken = "glpat-testtoken") =>
        new(Http(), new GitLabOptions { ApiUrl = new Uri(server.BaseUrl, "api/v4/"), PrivateToken = privateToken, MaxRateLimitWait = TimeSpan.FromSeconds(5) });
}
