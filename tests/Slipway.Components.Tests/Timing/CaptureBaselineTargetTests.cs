using System.Globalization;
using Slipway.Clients.Tests.TestDoubles;
using Slipway.Components.Timing;
using Xunit;
using static Slipway.Components.Tests.Timing.TimingSamples;
using GH = Slipway.Clients.Tests.TestDoubles.GitHubApiFixtures;
using GL = Slipway.Clients.Tests.TestDoubles.GitLabApiFixtures;

namespace Slipway.Components.Tests.Timing;

public sealed class CaptureBaselineTargetTests : IAsyncLifetime
{
    private const string Repo = "/repos/octo-org/octo-repo/actions";
    private const string Token = "ghp_secretvalue123";
    private readonly FakeHttpServer _server = new();
    private readonly TimingTargetRunner _runner = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _runner.Dispose();
    }

    private Task<(int Exit, string Output)> CaptureGitHubAsync(params string[] extra) =>
        _runner.RunAsync(
            ["CaptureBaseline", "--github-repository", "octo-org/octo-repo", "--baseline-workflows", "ci.yml", "--baseline-runs", "2", .. extra],
            new(StringComparer.Ordinal) { ["GITHUB_TOKEN"] = Token, ["GITHUB_API_URL"] = _server.BaseUrl.AbsoluteUri });

    private void ServeTwoGitHubRuns()
    {
        _server.On(Repo + "/workflows/ci.yml/runs", FakeResponse.Json(GH.RunsPage(
            2, GH.Run(11, "2026-05-04T10:00:00Z", "2026-05-04T10:07:00Z"), GH.Run(12, "2026-05-05T10:00:00Z", "2026-05-05T10:08:00Z"))));
        _server.On(Repo + "/runs/11/jobs", FakeResponse.Json(GH.JobsPage(2,
            GH.Job(1, 11, "lint", "2026-05-04T10:00:00Z", "2026-05-04T10:02:00Z"),
            GH.Job(2, 11, "test", "2026-05-04T10:00:10Z", "2026-05-04T10:03:10Z"))));
        _server.On(Repo + "/runs/12/jobs", FakeResponse.Json(GH.JobsPage(2,
            GH.Job(3, 12, "lint", "2026-05-05T10:00:00Z", "2026-05-05T10:01:40Z"),
            GH.Job(4, 12, "test", "2026-05-05T10:00:05Z", "2026-05-05T10:04:05Z"))));
        _server.On(Repo + "/runs/11/artifacts", FakeResponse.Json(GH.ArtifactsPage(GH.Artifact(101, "timings-lint", 11))));
        _server.On(Repo + "/runs/12/artifacts", FakeResponse.Json(GH.ArtifactsPage()));
        _server.On(Repo + "/artifacts/101/zip", FakeResponse.Bytes(GH.Zip(("timings.json", Timings("lint", 80, ("Lint", "Succeeded", 70)).ToJson()))));
    }

    [Fact]
    public async Task Success_writes_a_byte_stable_baseline_with_the_numbers_of_the_runs()
    {
        ServeTwoGitHubRuns();

        var (exit, output) = await CaptureGitHubAsync();

        Assert.True(exit == 0, output);
        var first = File.ReadAllBytes(_runner.BaselinePath);
        var baseline = Baseline.Read(_runner.BaselinePath);
        var ci = baseline.Pipelines["ci.yml"];
        Assert.Equal(2, ci.Runs);
        Assert.Equal(new SampleStats(190, 245, 2), ci.WallClockSeconds);   // 3:10 and 4:05: first job start to last job end
        Assert.Equal(new SampleStats(5, 6, 2), ci.RunnerMinutes);         // 2+3 and 2+4 whole minutes
        Assert.Equal(new SampleStats(100, 120, 2), ci.Jobs["lint"].DurationSeconds);
        Assert.Equal(new SampleStats(70, 70, 1), ci.Jobs["lint"].Targets["Lint"]);
        Assert.Equal(DateTimeOffset.Parse("2026-05-06T12:00:00Z", CultureInfo.InvariantCulture), baseline.CapturedAt);
        Assert.Equal("Bearer " + Token, _server.Requests[0].Headers["Authorization"]);
        Assert.DoesNotContain(Token, output, StringComparison.Ordinal);

        var (again, _) = await CaptureGitHubAsync();
        Assert.Equal(0, again);
        Assert.Equal(first, File.ReadAllBytes(_runner.BaselinePath));
        Assert.EndsWith("}\n", File.ReadAllText(_runner.BaselinePath), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invalid_token_fails_with_what_to_fix_and_writes_nothing()
    {
        _server.On(Repo + "/workflows/ci.yml/runs", FakeResponse.Json("""{"message":"Bad credentials","documentation_url":"https://docs.github.com/rest"}""", 401));

        var (exit, output) = await CaptureGitHubAsync();

        Assert.Equal(1, exit);
        Assert.Contains("GitHub answered 401: the token is invalid or expired. Set GITHUB_TOKEN (--github-token) to a valid token.", output, StringComparison.Ordinal);
        Assert.Contains("GitHub said: Bad credentials", output, StringComparison.Ordinal);
        Assert.DoesNotContain(Token, output, StringComparison.Ordinal);
        Assert.False(File.Exists(_runner.BaselinePath));
    }

    [Fact]
    public async Task A_workflow_that_does_not_exist_is_named()
    {
        _server.On(Repo + "/workflows/nope.yml/runs", FakeResponse.Json("""{"message":"Not Found"}""", 404));

        var (exit, output) = await _runner.RunAsync(
            ["CaptureBaseline", "--github-repository", "octo-org/octo-repo", "--baseline-workflows", "nope.yml"],
            new(StringComparer.Ordinal) { ["GITHUB_TOKEN"] = Token, ["GITHUB_API_URL"] = _server.BaseUrl.AbsoluteUri });

        Assert.Equal(1, exit);
        Assert.Contains("workflow nope.yml not found in octo-org/octo-repo", output, StringComparison.Ordinal);
        Assert.False(File.Exists(_runner.BaselinePath));
    }

    [Fact]
    public async Task A_spent_rate_limit_fails_at_once_with_the_reset_time()
    {
        var reset = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds();
        _server.On(Repo + "/workflows/ci.yml/runs", FakeResponse.Json(
            """{"message":"API rate limit exceeded for user ID 1."}""", 403, ("x-ratelimit-remaining", "0"), ("x-ratelimit-reset", reset.ToString(CultureInfo.InvariantCulture))));

        var (exit, output) = await CaptureGitHubAsync();

        Assert.Equal(1, exit);
        Assert.Contains("GitHub API rate limit exceeded (HTTP 403). It resets at " + DateTimeOffset.FromUnixTimeSeconds(reset).UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), output, StringComparison.Ordinal);
        Assert.Equal(1, _server.Count(Repo + "/workflows/ci.yml/runs"));
        Assert.False(File.Exists(_runner.BaselinePath));
    }

    [Fact]
    public async Task Without_repository_or_CI_host_it_says_which_parameter_to_pass()
    {
        var (exit, output) = await _runner.RunAsync(["CaptureBaseline"]);

        Assert.Equal(1, exit);
        Assert.Contains("pass --github-repository owner/name (GitHub Actions) or --gitlab-project group/name (GitLab)", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Workflows_default_to_the_generated_GitHub_pipelines()
    {
        ServeTwoGitHubRuns();

        var (exit, output) = await _runner.RunAsync(
            ["CaptureBaseline", "--baseline-runs", "2"],
            new(StringComparer.Ordinal)
            {
                ["GITHUB_ACTIONS"] = "true",
                ["GITHUB_REPOSITORY"] = "octo-org/octo-repo",
                ["GITHUB_TOKEN"] = Token,
                ["GITHUB_API_URL"] = _server.BaseUrl.AbsoluteUri,
            },
            [CiPlannerTests.Ci(), CiPlannerTests.GitLab()]);

        Assert.True(exit == 0, output);
        Assert.Equal(["ci.yml"], Baseline.Read(_runner.BaselinePath).Source.Pipelines);
        Assert.Equal(0, _server.Count(Repo + "/workflows/.gitlab-ci.yml/runs"));
    }

    [Fact]
    public async Task GitLab_pipelines_are_captured_from_the_project_on_a_GitLab_job()
    {
        const string project = "/api/v4/projects/group%2Fapp";
        _server.On(project + "/pipelines", FakeResponse.Json(GL.Array(GL.Pipeline(7, 3, "2026-05-04T08:00:00Z", "2026-05-04T08:09:00Z"))));
        _server.On(project + "/pipelines/7/jobs", FakeResponse.Json(GL.Array(GL.Job(70, "lint", "check", "2026-05-04T08:00:00Z", "2026-05-04T08:01:30Z", 90, 3))));

        var (exit, output) = await _runner.RunAsync(
            ["CaptureBaseline", "--gitlab-api-url", new Uri(_server.BaseUrl, "api/v4").AbsoluteUri],
            new(StringComparer.Ordinal) { ["GITLAB_CI"] = "true", ["CI_PROJECT_PATH"] = "group/app", ["GITLAB_TOKEN"] = "glpat-secret" });

        Assert.True(exit == 0, output);
        Assert.Equal("glpat-secret", _server.Requests[0].Headers["PRIVATE-TOKEN"]);
        var gitlab = Baseline.Read(_runner.BaselinePath).Pipelines["gitlab"];
        Assert.Equal(new SampleStats(90, 90, 1), gitlab.Jobs["lint"].DurationSeconds);
    }
}
