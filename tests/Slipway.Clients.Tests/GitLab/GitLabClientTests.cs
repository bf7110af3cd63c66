using System.Globalization;
using System.Net;
using Slipway.Clients.GitLab;
using Slipway.Clients.Tests.TestDoubles;
using Xunit;
using F = Slipway.Clients.Tests.TestDoubles.GitLabApiFixtures;

namespace Slipway.Clients.Tests.GitLab;

public sealed class GitLabClientTests : IAsyncLifetime
{
    private const string PipelinesPath = "/api/v4/projects/group%2Fsub%2Fapp/pipelines";
    private const string JobsPath = "/api/v4/projects/group%2Fsub%2Fapp/pipelines/6/jobs";
    private readonly FakeHttpServer _server = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Pipelines_escape_the_project_path_filter_and_follow_Link_pages()
    {
        _server.On(PipelinesPath, r => r.Query.Contains("page=2", StringComparison.Ordinal)
            ? FakeResponse.Json(F.Array(F.Pipeline(4, 2, "2026-05-02T10:00:00.000Z", "2026-05-02T10:08:00.000Z")))
            : FakeResponse.Json(F.Array(F.Pipeline(6, 4, "2026-05-04T10:00:00.000Z", "2026-05-04T10:09:00.000Z"), F.Pipeline(5, 3, "2026-05-03T10:00:00.000Z", "2026-05-03T10:07:00.000Z")), 200,
                ("Link", $"<{_server.Url(PipelinesPath + "?page=2&per_page=2")}>; rel=\"next\""), ("X-Next-Page", "2"), ("X-Page", "1"), ("X-Per-Page", "2")));

        var pipelines = await ApiClients.GitLab(_server).ListPipelinesAsync("group/sub/app", "main", max: 2 + 1);

        Assert.Equal([6L, 5L, 4L], pipelines.Select(p => p.Id));
        var first = _server.Requests[0];
        Assert.Equal("per_page=3&ref=main&status=success&order_by=id&sort=desc", first.Query);
        Assert.Equal("glpat-testtoken", first.Header("PRIVATE-TOKEN"));
        Assert.Equal("main", pipelines[0].Ref);
    }

    [Fact]
    public async Task Jobs_ask_for_100_per_page_and_follow_X_Next_Page()
    {
        _server.On(JobsPath, r => r.Query.Contains("page=2", StringComparison.Ordinal)
            ? FakeResponse.Json(F.Array(F.Job(12, "test", "test", "2026-05-04T10:00:40.000+02:00", "2026-05-04T08:05:00.500Z", 260.5, 1.25)), 200, ("X-Next-Page", ""), ("X-Page", "2"))
            : FakeResponse.Json(F.Array(F.Job(11, "lint", "check", "2026-05-04T08:00:10.000Z", "2026-05-04T08:02:10.000Z", 120.0, 3.5), F.Job(13, "deploy", "release", null, null, null, null, "manual")), 200,
                ("X-Next-Page", "2"), ("X-Page", "1"), ("X-Per-Page", "100"), ("X-Total-Pages", "2")));

        var jobs = await ApiClients.GitLab(_server).ListPipelineJobsAsync("group/sub/app", 6);

        Assert.Equal(["lint", "deploy", "test"], jobs.Select(j => j.Name));
        Assert.Equal(120.0, jobs[0].Duration);
        Assert.Equal(3.5, jobs[0].QueuedDuration);
        Assert.Null(jobs[1].StartedAt);
        Assert.Equal(260.5, (jobs[2].FinishedAt - jobs[2].StartedAt)!.Value.TotalSeconds);
        Assert.Equal("check", jobs[0].Stage);
        Assert.Equal(2, _server.Count(JobsPath));
        Assert.Equal("per_page=100", _server.Requests[0].Query);
        Assert.Equal("per_page=100&page=2", _server.Requests[1].Query);
    }

    [Fact]
    public async Task Artifact_file_is_read_and_absent_ones_are_null()
    {
        const string path = "/api/v4/projects/group%2Fsub%2Fapp/jobs/11/artifacts/.nuke/temp/timings.json";
        _server.On(path, FakeResponse.Bytes("""{"schemaVersion":1}"""u8.ToArray(), "application/octet-stream"));
        var client = ApiClients.GitLab(_server);

        Assert.Equal("""{"schemaVersion":1}""", await client.GetJobArtifactFileAsync("group/sub/app", 11, ".nuke/temp/timings.json"));
        Assert.Null(await client.GetJobArtifactFileAsync("group/sub/app", 12, ".nuke/temp/timings.json"));
        Assert.Equal(1, _server.Count("/api/v4/projects/group%2Fsub%2Fapp/jobs/12/artifacts/.nuke/temp/timings.json"));
    }

    [Fact]
    public async Task An_invalid_token_fails_once_with_a_clear_message()
    {
        _server.On(PipelinesPath, FakeResponse.Json("""{"message":"401 Unauthorized"}""", 401));

        var ex = await Assert.ThrowsAsync<GitLabApiException>(() => ApiClients.GitLab(_server).ListPipelinesAsync("group/sub/app"));

        Assert.Equal(HttpStatusCode.Unauthorized, ex.StatusCode);
        Assert.Contains("the token is invalid or expired", ex.Message, StringComparison.Ordinal);
        Assert.Contains("GITLAB_TOKEN", ex.Message, StringComparison.Ordinal);
        Assert.Equal(1, _server.Count(PipelinesPath));
    }

    [Fact]
    public async Task A_missing_project_is_named()
    {
        _server.On(PipelinesPath, FakeResponse.Json("""{"message":"404 Project Not Found"}""", 404));

        var ex = await Assert.ThrowsAsync<GitLabApiException>(() => ApiClients.GitLab(_server).ListPipelinesAsync("group/sub/app"));

        Assert.StartsWith("project group/sub/app not found at ", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_429_is_retried_then_an_exhausted_limit_far_from_reset_fails_clearly()
    {
        var reset = DateTimeOffset.UtcNow.AddMinutes(30).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        _server.On(
            JobsPath,
            FakeResponse.Json("""{"message":"Retry later"}""", 429, ("Retry-After", "1"), ("RateLimit-Remaining", "0"), ("RateLimit-Reset", reset)),
            FakeResponse.Json(F.Array()),
            FakeResponse.Json("""{"message":"Retry later"}""", 429, ("RateLimit-Limit", "2000"), ("RateLimit-Remaining", "0"), ("RateLimit-Reset", reset)));
        var client = ApiClients.GitLab(_server);

        Assert.Empty(await client.ListPipelineJobsAsync("group/sub/app", 6));
        var ex = await Assert.ThrowsAsync<GitLabApiException>(() => client.ListPipelineJobsAsync("group/sub/app", 6));

        Assert.Equal(3, _server.Count(JobsPath));
        Assert.Contains("rate limit exceeded", ex.Message, StringComparison.Ordinal);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(long.Parse(reset, CultureInfo.InvariantCulture)), ex.RateLimitReset);
    }

    [Fact]
    public async Task Server_errors_are_retried()
    {
        _server.On(JobsPath, FakeResponse.Json("""{"message":"500 Internal Server Error"}""", 500), FakeResponse.Json(F.Array(F.Job(1, "lint", "check", "2026-05-04T08:00:10Z", "2026-05-04T08:01:10Z", 60, 1))));

        var jobs = await ApiClients.GitLab(_server).ListPipelineJobsAsync("group/sub/app", 6);

        Assert.Single(jobs);
        Assert.Equal(2, _server.Count(JobsPath));
    }

    [Theory]
    [InlineData("job", "JOB-TOKEN")]
    [InlineData("bearer", "Authorization")]
    public async Task Other_token_kinds_use_their_headers(string kind, string header)
    {
        _server.On(JobsPath, FakeResponse.Json(F.Array()));
        var options = new GitLabOptions
        {
            ApiUrl = new Uri(_server.BaseUrl, "api/v4"),
            JobToken = kind == "job" ? "jt" : null,
            BearerToken = kind == "bearer" ? "jt" : null,
        };

        await new GitLabClient(ApiClients.Http(), options).ListPipelineJobsAsync("group/sub/app", 6);

        Assert.EndsWith("jt", _server.Requests[0].Header(header), StringComparison.Ordinal);
        Assert.Null(_server.Requests[0].Header("PRIVATE-TOKEN"));
    }

    [Fact]
    public void Options_come_from_the_environment()
    {
        var env = new Dictionary<string, string> { ["CI_API_V4_URL"] = "https://gitlab.example.com/api/v4", ["CI_JOB_TOKEN"] = "jt" };

        var options = GitLabOptions.FromEnvironment(env.GetValueOrDefault);

        Assert.Equal("https://gitlab.example.com/api/v4", options.ApiUrl.AbsoluteUri);
        Assert.Equal("jt", options.JobToken);
        Assert.Equal("CI_JOB_TOKEN", options.TokenVariable);
    }
}
