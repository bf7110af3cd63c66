using Slipway.Clients.Tests.TestDoubles;
using Slipway.Components.Timing;
using Xunit;
using static Slipway.Components.Tests.Timing.TimingSamples;
using GH = Slipway.Clients.Tests.TestDoubles.GitHubApiFixtures;
using GL = Slipway.Clients.Tests.TestDoubles.GitLabApiFixtures;

namespace Slipway.Components.Tests.Timing;

public sealed class CaptureBaselineServiceTests : IAsyncLifetime
{
    private readonly FakeHttpServer _server = new();
    private readonly List<string> _log = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task GitHub_runs_jobs_and_timings_artifacts_become_a_baseline()
    {
        const string repo = "/repos/octo-org/octo-repo/actions";
        _server.On(repo + "/workflows/ci.yml/runs", FakeResponse.Json(GH.RunsPage(
            2, GH.Run(11, "2026-05-04T10:00:00Z", "2026-05-04T10:07:00Z"), GH.Run(12, "2026-05-05T10:00:00Z", "2026-05-05T10:08:00Z"))));
        _server.On(repo + "/runs/11/jobs", FakeResponse.Json(GH.JobsPage(1, GH.Job(1, 11, "Lint", "2026-05-04T10:00:00Z", "2026-05-04T10:02:00Z"))));
        _server.On(repo + "/runs/12/jobs", FakeResponse.Json(GH.JobsPage(1, GH.Job(2, 12, "Lint", "2026-05-05T05:00:00-05:00", "2026-05-05T10:03:30Z"))));
        _server.On(repo + "/runs/11/artifacts", FakeResponse.Json(GH.ArtifactsPage(GH.Artifact(101, "timings-Lint", 11), GH.Artifact(102, "dist", 11))));
        _server.On(repo + "/runs/12/artifacts", FakeResponse.Json(GH.ArtifactsPage(GH.Artifact(103, "timings-Lint", 12))));
        _server.On(repo + "/artifacts/101/zip", FakeResponse.Bytes(GH.Zip(("timings.json", Timings("Lint", 100, ("Lint", "Succeeded", 90)).ToJson()))));
        _server.On(repo + "/artifacts/103/zip", FakeResponse.Bytes(GH.Zip(("timings.json", "{ not json"))));
        var service = new CaptureBaselineService(log: _log.Add);

        var baseline = await service.CaptureGitHubAsync(ApiClients.GitHub(_server), "octo-org", "octo-repo", ["ci.yml"], "main", runs: 2);

        var ci = baseline.Pipelines["ci.yml"];
        Assert.Equal(new SampleStats(120, 210, 2), ci.WallClockSeconds);
        Assert.Equal(new SampleStats(2, 4, 2), ci.RunnerMinutes);
        Assert.Equal(new SampleStats(90, 90, 1), ci.Jobs["Lint"].Targets["Lint"]);
        Assert.Equal(("GitHub", "octo-org/octo-repo", "main", 2), (baseline.Source.System, baseline.Source.Repository, baseline.Source.Ref, baseline.Source.RequestedRuns));
        Assert.Equal(["ci.yml"], baseline.Source.Pipelines);
        Assert.Equal(0, _server.Count(repo + "/artifacts/102/zip"));
        Assert.Contains(_log, l => l.StartsWith("warning: run 12 artifact timings-Lint", StringComparison.Ordinal));
    }

    [Fact]
    public async Task GitLab_pipelines_jobs_and_artifact_files_become_a_baseline()
    {
        const string project = "/api/v4/projects/group%2Fapp";
        _server.On(project + "/pipelines", FakeResponse.Json(GL.Array(GL.Pipeline(7, 3, "2026-05-04T08:00:00Z", "2026-05-04T08:09:00Z"))));
        _server.On(project + "/pipelines/7/jobs", FakeResponse.Json(GL.Array(
            GL.Job(70, "lint", "check", "2026-05-04T08:00:00Z", "2026-05-04T08:01:00.5Z", 60.5, 2.25),
            GL.Job(71, "release", "release", null, null, null, null, "manual"))));
        _server.On(project + "/jobs/70/artifacts/.nuke/temp/timings.json", FakeResponse.Bytes(System.Text.Encoding.UTF8.GetBytes(Timings("lint", 50, ("Lint", "Succeeded", 45.5)).ToJson()), "application/octet-stream"));

        var baseline = await new CaptureBaselineService().CaptureGitLabAsync(ApiClients.GitLab(_server), "group/app", "main", 5);

        var gitlab = baseline.Pipelines["gitlab"];
        Assert.Equal(new SampleStats(60.5, 60.5, 1), gitlab.WallClockSeconds);
        Assert.Equal(new SampleStats(2, 2, 1), gitlab.RunnerMinutes);
        Assert.Equal(new SampleStats(45.5, 45.5, 1), gitlab.Jobs["lint"].Targets["Lint"]);
        Assert.Equal(new SampleStats(2.25, 2.25, 1), gitlab.Jobs["lint"].QueuedSeconds);
        Assert.Equal(0, _server.Count(project + "/jobs/71/artifacts/.nuke/temp/timings.json"));
    }
}
