using System.Globalization;
using System.Net;
using Slipway.Clients.GitHub;
using Slipway.Clients.Tests.TestDoubles;
using Xunit;
using F = Slipway.Clients.Tests.TestDoubles.GitHubApiFixtures;

namespace Slipway.Clients.Tests.GitHub;

public sealed class GitHubActionsClientTests : IAsyncLifetime
{
    private const string RunsPath = "/repos/octo-org/octo-repo/actions/workflows/ci.yml/runs";
    private readonly FakeHttpServer _server = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Runs_follow_Link_pages_up_to_max_and_send_the_token_and_filters()
    {
        var page2 = _server.Url(RunsPath + "?per_page=100&branch=main&status=success&exclude_pull_requests=true&page=2");
        _server.On(RunsPath, r => r.Query.Contains("page=2", StringComparison.Ordinal)
            ? FakeResponse.Json(F.RunsPage(250, [.. Enumerable.Range(0, 100).Select(i => F.Run(1100 - i, "2026-05-02T10:00:00Z", "2026-05-02T10:07:00Z"))]))
                .With("Link", $"<{_server.Url(RunsPath + "?page=3")}>; rel=\"next\", <{_server.Url(RunsPath + "?page=1")}>; rel=\"first\"")
            : FakeResponse.Json(F.RunsPage(250, [.. Enumerable.Range(0, 100).Select(i => F.Run(1200 - i, "2026-05-04T10:00:00Z", "2026-05-04T10:09:30Z"))]))
                .With("Link", $"<{page2}>; rel=\"next\", <{_server.Url(RunsPath + "?page=3")}>; rel=\"last\""));

        using var client = ApiClients.GitHub(_server);
        var runs = await client.ListWorkflowRunsAsync("octo-org", "octo-repo", "ci.yml", branch: "main", max: 120);

        Assert.Equal(120, runs.Count);
        Assert.Equal([1200L, 1199L], runs.Take(2).Select(r => r.Id));
        Assert.Equal(1081L, runs[^1].Id);
        Assert.Equal(2, _server.Count(RunsPath));
        var first = _server.Requests[0];
        Assert.Equal(["branch=main", "exclude_pull_requests=true", "per_page=100", "status=success"], first.Query.Split('&').Where(p => !p.StartsWith("page=", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        Assert.Equal("Bearer ghp_testtoken", first.Header("Authorization"));
        Assert.StartsWith("application/vnd.github", first.Header("Accept"), StringComparison.Ordinal);
        Assert.StartsWith("Slipway (", first.Header("User-Agent"), StringComparison.Ordinal);
        Assert.Contains("page=2", _server.Requests[1].Query, StringComparison.Ordinal);
        Assert.Equal(DateTimeOffset.Parse("2026-05-04T10:09:30Z", CultureInfo.InvariantCulture), runs[0].CompletedAt);
        Assert.Equal("main", runs[0].HeadBranch);
        Assert.Equal("success", runs[0].Conclusion);
    }

    [Fact]
    public async Task A_small_max_asks_one_page_of_that_size()
    {
        _server.On(RunsPath, FakeResponse.Json(F.RunsPage(5, F.Run(105, "2026-05-04T10:00:00Z", "2026-05-04T10:09:30Z"), F.Run(104, "2026-05-03T10:00:00Z", "2026-05-03T10:08:00Z"), F.Run(103, "2026-05-02T10:00:00Z", "2026-05-02T10:07:00Z")))
            .With("Link", $"<{_server.Url(RunsPath + "?per_page=3&page=2")}>; rel=\"next\""));

        using var client = ApiClients.GitHub(_server);
        var runs = await client.ListWorkflowRunsAsync("octo-org", "octo-repo", "ci.yml", status: null, max: 3);

        Assert.Equal([105L, 104L, 103L], runs.Select(r => r.Id));
        Assert.Equal(1, _server.Count(RunsPath));
        Assert.Contains("per_page=3", _server.Requests[0].Query, StringComparison.Ordinal);
        Assert.DoesNotContain("status=", _server.Requests[0].Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Jobs_are_paginated_and_mixed_UTC_offsets_give_correct_durations()
    {
        const string path = "/repos/octo-org/octo-repo/actions/runs/42/jobs";
        _server.On(path, r => r.Query.Contains("page=2", StringComparison.Ordinal)
            ? FakeResponse.Json(F.JobsPage(2, F.Job(2, 42, "Test", "2026-05-04T10:01:00Z", "2026-05-04T10:06:30Z")))
            : FakeResponse.Json(F.JobsPage(
                2,
                F.Job(
                    1, 42, "Lint", "2026-05-04T10:00:00Z", "2026-05-04T10:03:15Z", "success",
                    F.Step("Set up job", 1, "2026-05-04T03:00:00.000-07:00", "2026-05-04T03:00:05.000-07:00"),
                    F.Step("Run ./build.sh Lint", 2, "2026-05-04T12:00:05+02:00", "2026-05-04T10:03:10Z"))))
                .With("Link", $"<{_server.Url(path + "?filter=latest&per_page=100&page=2")}>; rel=\"next\""));

        using var client = ApiClients.GitHub(_server);
        var jobs = await client.ListJobsAsync("octo-org", "octo-repo", 42);

        Assert.Equal(["Lint", "Test"], jobs.Select(j => j.Name));
        Assert.Equal(TimeSpan.FromSeconds(195), jobs[0].Duration);
        Assert.Equal(TimeSpan.FromSeconds(330), jobs[1].Duration);
        Assert.Equal([TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(185)], jobs[0].Steps.Select(s => s.Duration!.Value));
        Assert.Equal(DateTimeOffset.Parse("2026-05-04T10:00:00Z", CultureInfo.InvariantCulture), jobs[0].Steps[0].StartedAt);
        Assert.Equal(["ubuntu-latest"], jobs[0].Labels);
        Assert.Contains("filter=latest", _server.Requests[0].Query, StringComparison.Ordinal);
        Assert.Contains("per_page=100", _server.Requests[0].Query, StringComparison.Ordinal);
        Assert.Equal(2, _server.Count(path));
    }

    [Fact]
    public async Task Exhausted_rate_limit_far_from_reset_fails_at_once_saying_when_and_to_use_a_token()
    {
        var reset = DateTimeOffset.UtcNow.AddMinutes(40).ToUnixTimeSeconds();
        _server.On(RunsPath, FakeResponse.Json(
            """{"message":"API rate limit exceeded for 203.0.113.7. (But here's the good news: Authenticated requests get a higher rate limit.)","documentation_url":"https://docs.github.com/rest/overview/resources-in-the-rest-api#rate-limiting"}""",
            403,
            ("x-ratelimit-limit", "60"), ("x-ratelimit-remaining", "0"), ("x-ratelimit-used", "60"), ("x-ratelimit-reset", reset.ToString(CultureInfo.InvariantCulture))));

        var ex = await Assert.ThrowsAsync<GitHubApiException>(() => ApiClients.GitHub(_server, token: null).ListWorkflowRunsAsync("octo-org", "octo-repo", "ci.yml"));

        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(reset), ex.RateLimitReset);
        Assert.Contains("rate limit exceeded", ex.Message, StringComparison.Ordinal);
        Assert.Contains(DateTimeOffset.FromUnixTimeSeconds(reset).UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + " UTC", ex.Message, StringComparison.Ordinal);
        Assert.Contains("set GITHUB_TOKEN", ex.Message, StringComparison.Ordinal);
        Assert.Equal(1, _server.Count(RunsPath));
    }

    [Fact]
    public async Task Exhausted_rate_limit_about_to_reset_is_waited_for()
    {
        var reset = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        _server.On(
            RunsPath,
            FakeResponse.Json("""{"message":"API rate limit exceeded"}""", 403, ("x-ratelimit-remaining", "0"), ("x-ratelimit-reset", reset.ToString(CultureInfo.InvariantCulture))),
            FakeResponse.Json(F.RunsPage(1, F.Run(7, "2026-05-04T10:00:00Z", "2026-05-04T10:05:00Z")), 200, ("x-ratelimit-remaining", "4999")));

        var runs = await ApiClients.GitHub(_server).ListWorkflowRunsAsync("octo-org", "octo-repo", "ci.yml");

        Assert.Equal(7, Assert.Single(runs).Id);
        Assert.Equal(2, _server.Count(RunsPath));
    }

    [Fact]
    public async Task A_429_with_Retry_After_is_retried_and_succeeds()
    {
        _server.On(
            RunsPath,
            FakeResponse.Json("""{"message":"You have exceeded a secondary rate limit."}""", 429, ("Retry-After", "1")),
            FakeResponse.Json(F.RunsPage(1, F.Run(8, "2026-05-04T10:00:00Z", "2026-05-04T10:05:00Z"))));

        var runs = await ApiClients.GitHub(_server).ListWorkflowRunsAsync("octo-org", "octo-repo", "ci.yml");

        Assert.Equal(8, Assert.Single(runs).Id);
        Assert.Equal(2, _server.Count(RunsPath));
    }

    [Fact]
    public async Task A_429_with_no_requests_left_until_a_distant_reset_is_not_retried_blindly()
    {
        var reset = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds();
        _server.On(RunsPath, FakeResponse.Json("""{"message":"API rate limit exceeded"}""", 429, ("x-ratelimit-remaining", "0"), ("x-ratelimit-reset", reset.ToString(CultureInfo.InvariantCulture))));

        var ex = await Assert.ThrowsAsync<GitHubApiException>(() => ApiClients.GitHub(_server).ListWorkflowRunsAsync("octo-org", "octo-repo", "ci.yml"));

        Assert.Equal(HttpStatusCode.TooManyRequests, ex.StatusCode);
        Assert.Contains("another token than the one in GITHUB_TOKEN", ex.Message, StringComparison.Ordinal);
        Assert.Equal(1, _server.Count(RunsPath));
    }

    [Fact]
    public async Task Server_errors_are_retried()
    {
        _server.On(
            RunsPath,
            FakeResponse.Json("""{"message":"Server Error"}""", 502),
            FakeResponse.Json("""{"message":"Server Error"}""", 503),
            FakeResponse.Json(F.RunsPage(1, F.Run(9, "2026-05-04T10:00:00Z", "2026-05-04T10:05:00Z"))));

        var runs = await ApiClients.GitHub(_server).ListWorkflowRunsAsync("octo-org", "octo-repo", "ci.yml");

        Assert.Equal(9, Assert.Single(runs).Id);
        Assert.Equal(3, _server.Count(RunsPath));
    }

    [Fact]
    public async Task An_invalid_token_fails_once_with_a_clear_message()
    {
        _server.On(RunsPath, FakeResponse.Json("""{"message":"Bad credentials","documentation_url":"https://docs.github.com/rest","status":"401"}""", 401));

        var ex = await Assert.ThrowsAsync<GitHubApiException>(() => ApiClients.GitHub(_server).ListWorkflowRunsAsync("octo-org", "octo-repo", "ci.yml"));

        Assert.Equal(HttpStatusCode.Unauthorized, ex.StatusCode);
        Assert.Contains("the token is invalid or expired", ex.Message, StringComparison.Ordinal);
        Assert.Contains("GITHUB_TOKEN", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Bad credentials", ex.Message, StringComparison.Ordinal);
        Assert.Equal(1, _server.Count(RunsPath));
    }

    [Fact]
    public async Task A_missing_workflow_is_named()
    {
        _server.On("/repos/octo-org/octo-repo/actions/workflows/nope.yml/runs", FakeResponse.Json("""{"message":"Not Found","documentation_url":"https://docs.github.com/rest/actions/workflow-runs","status":"404"}""", 404));

        var ex = await Assert.ThrowsAsync<GitHubApiException>(() => ApiClients.GitHub(_server).ListWorkflowRunsAsync("octo-org", "octo-repo", "nope.yml"));

        Assert.StartsWith("workflow nope.yml not found in octo-org/octo-repo", ex.Message, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, ex.StatusCode);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Artifact_zip_download_follows_the_redirect_to_storage_on_another_host_without_the_token(bool handlerFollowsRedirects)
    {
        var zip = F.Zip(("timings.json", """{"schemaVersion":1}"""), ("other/readme.txt", "x"));
        _server.On("/repos/octo-org/octo-repo/actions/runs/42/artifacts", FakeResponse.Json(F.ArtifactsPage(F.Artifact(77, "timings-lint", 42))));
        _server.On("/repos/octo-org/octo-repo/actions/artifacts/77/zip", FakeResponse.Redirect(new UriBuilder(_server.Url("/blob/artifact-77.zip?sig=abc")) { Host = "localhost" }.Uri.AbsoluteUri));
        _server.On("/blob/artifact-77.zip", FakeResponse.Bytes(zip));
        using var client = ApiClients.GitHub(_server, followRedirects: handlerFollowsRedirects);

        var artifacts = await client.ListRunArtifactsAsync("octo-org", "octo-repo", 42);
        var text = await client.ReadArtifactFileAsync("octo-org", "octo-repo", artifacts[0].Id, "timings.json");

        Assert.Equal("timings-lint", Assert.Single(artifacts).Name);
        Assert.Equal("""{"schemaVersion":1}""", text);
        var storage = Assert.Single(_server.Requests, r => r.Path == "/blob/artifact-77.zip");
        Assert.Null(storage.Header("Authorization"));
        Assert.Equal("Bearer ghp_testtoken", _server.Requests.Single(r => r.Path.EndsWith("/zip", StringComparison.Ordinal)).Header("Authorization"));
        Assert.Null(await client.ReadArtifactFileAsync("octo-org", "octo-repo", 77, "absent.json"));
    }

    [Fact]
    public void Options_come_from_the_environment()
    {
        var env = new Dictionary<string, string> { ["GITHUB_API_URL"] = "https://ghe.example.com/api/v3", ["GH_TOKEN"] = "t" };

        var options = GitHubOptions.FromEnvironment(env.GetValueOrDefault);

        Assert.Equal("https://ghe.example.com/api/v3", options.ApiUrl.AbsoluteUri);
        Assert.Equal("t", options.Token);
        Assert.Equal("GH_TOKEN", options.TokenVariable);
    }
}
