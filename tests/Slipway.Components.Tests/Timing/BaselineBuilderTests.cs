using Slipway.Components.Timing;
using Xunit;
using static Slipway.Components.Tests.Timing.TimingSamples;

namespace Slipway.Components.Tests.Timing;

public sealed class BaselineBuilderTests
{
    internal static Baseline GitHubBaseline()
    {
        // Run A: Lint 195 s, Test 360 s (its start written at +02:00), wall 10:00:00 -> 10:06:30 = 390 s.
        var a = new GitHubRunSample(
            GhRun(1),
            [
                GhJob("Lint", "2026-05-04T10:00:00Z", "2026-05-04T10:03:15Z", "success",
                    Step("Set up job", "2026-05-04T03:00:00-07:00", "2026-05-04T10:00:04Z"),
                    Step("Run ./build.sh Lint", "2026-05-04T12:00:04+02:00", "2026-05-04T10:03:10Z")),
                GhJob("Test", "2026-05-04T12:00:30+02:00", "2026-05-04T10:06:30Z"),
            ],
            [Timings("Lint", 180, ("Restore", "Skipped", 0), ("Lint", "Succeeded", 150))]);

        // Run B: Lint 100 s, Test 400 s, wall 410 s.
        var b = new GitHubRunSample(
            GhRun(2),
            [
                GhJob("Lint", "2026-05-05T10:00:00Z", "2026-05-05T10:01:40Z", "success",
                    Step("Set up job", "2026-05-05T10:00:00Z", "2026-05-05T10:00:02Z"),
                    Step("Run ./build.sh Lint", "2026-05-05T10:00:02Z", "2026-05-05T10:01:30Z")),
                GhJob("Test", "2026-05-05T10:00:10Z", "2026-05-05T10:06:50Z"),
            ],
            [Timings("Lint", 90, ("Lint", "Succeeded", 80))]);

        // Run C: Lint 121 s, Test 300 s, a skipped Deploy that must not count; wall 305 s.
        var c = new GitHubRunSample(
            GhRun(3),
            [
                GhJob("Lint", "2026-05-06T10:00:00Z", "2026-05-06T10:02:01Z"),
                GhJob("Test", "2026-05-06T10:00:05Z", "2026-05-06T10:05:05Z"),
                GhJob("Deploy", "2026-05-06T11:00:00Z", "2026-05-06T11:00:00Z", "skipped"),
            ],
            []);

        return BaselineBuilder.FromGitHub(
            "octo-org/octo-repo", "main", 3, new Dictionary<string, IReadOnlyList<GitHubRunSample>> { ["ci.yml"] = [a, b, c] }, T("2026-05-07T00:00:00Z"));
    }

    [Fact]
    public void GitHub_runs_give_hand_computed_wall_clock_runner_minutes_and_job_numbers()
    {
        var ci = GitHubBaseline().Pipelines["ci.yml"];

        Assert.Equal(3, ci.Runs);
        Assert.Equal(new SampleStats(390, 410, 3), ci.WallClockSeconds); // [305, 390, 410]
        Assert.Equal(new SampleStats(9, 10, 3), ci.RunnerMinutes); // A 4+6, B 2+7, C 3+5
        Assert.Equal(new SampleStats(8.333, 9.25, 3), ci.ExactRunnerMinutes); // 555/60, 500/60, 421/60
        Assert.Equal(["Lint", "Test"], ci.Jobs.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(new SampleStats(121, 195, 3), ci.Jobs["Lint"].DurationSeconds);
        Assert.Equal(new SampleStats(360, 400, 3), ci.Jobs["Test"].DurationSeconds);
        Assert.Equal(new SampleStats(2, 4, 2), ci.Jobs["Lint"].Steps["Set up job"]);
        Assert.Equal(new SampleStats(88, 186, 2), ci.Jobs["Lint"].Steps["Run ./build.sh Lint"]);
        Assert.Equal(new SampleStats(80, 150, 2), ci.Jobs["Lint"].Targets["Lint"]);
        Assert.False(ci.Jobs["Lint"].Targets.ContainsKey("Restore"));
        Assert.Equal(new SampleStats(90, 180, 2), ci.Jobs["Lint"].RunSeconds);
        Assert.Null(ci.Jobs["Test"].RunSeconds);
    }

    [Fact]
    public void GitLab_pipelines_use_job_durations_and_queue_times()
    {
        var p1 = new GitLabPipelineSample(
            new() { Id = 1, CreatedAt = T("2026-05-04T08:00:00Z") },
            [
                GlJob("lint", "2026-05-04T08:00:10Z", "2026-05-04T08:02:10Z", 120, 3.5),
                GlJob("test", "2026-05-04T10:00:40+02:00", "2026-05-04T08:05:01Z", 261, 1.5),
                GlJob("deploy", null, null, null, null, "manual"),
            ],
            [Timings("lint", 100, ("Lint", "Succeeded", 95))]);
        var p2 = new GitLabPipelineSample(
            new() { Id = 2, CreatedAt = T("2026-05-05T08:00:00Z") },
            [GlJob("lint", "2026-05-05T08:00:00Z", "2026-05-05T08:01:30Z", 90, 1), GlJob("test", "2026-05-05T08:00:00Z", "2026-05-05T08:04:00Z", 240, 2)],
            []);

        var baseline = BaselineBuilder.FromGitLab("group/app", "main", 2, [p1, p2], T("2026-05-07T00:00:00Z"));
        var gitlab = baseline.Pipelines["gitlab"];

        Assert.Equal("GitLab", baseline.Source.System);
        Assert.Equal(new SampleStats(240, 291, 2), gitlab.WallClockSeconds);
        Assert.Equal(new SampleStats(6, 7, 2), gitlab.RunnerMinutes); // 2+5, 2+4
        Assert.Equal(new SampleStats(5.5, 6.35, 2), gitlab.ExactRunnerMinutes); // 381/60, 330/60
        Assert.Equal(new SampleStats(90, 120, 2), gitlab.Jobs["lint"].DurationSeconds);
        Assert.Equal(new SampleStats(1, 3.5, 2), gitlab.Jobs["lint"].QueuedSeconds);
        Assert.Equal(new SampleStats(95, 95, 1), gitlab.Jobs["lint"].Targets["Lint"]);
        Assert.False(gitlab.Jobs.ContainsKey("deploy"));
    }

    [Fact]
    public void Billed_minutes_round_each_job_up()
    {
        Assert.Equal(0, BaselineBuilder.BilledMinutes([]));
        Assert.Equal(0, BaselineBuilder.BilledMinutes([0]));
        Assert.Equal(1, BaselineBuilder.BilledMinutes([0.5]));
        Assert.Equal(1, BaselineBuilder.BilledMinutes([60]));
        Assert.Equal(4, BaselineBuilder.BilledMinutes([61, 61]));
    }

    [Fact]
    public void A_workflow_without_usable_runs_is_left_out()
    {
        var baseline = BaselineBuilder.FromGitHub(
            "o/r", null, 5, new Dictionary<string, IReadOnlyList<GitHubRunSample>> { ["release.yml"] = [new(GhRun(9), [GhJob("Release", null, null)], [])] }, T("2026-05-07T00:00:00Z"));

        Assert.Empty(baseline.Pipelines);
        Assert.Equal(["release.yml"], baseline.Source.Pipelines);
    }

    [Fact]
    public void Cache_outcomes_of_the_jobs_timings_become_hit_rates_and_survive_the_file()
    {
        Slipway.Reporting.RunTimings Run(string goBuild, string program) => Timings("Lint", 10, ("Lint", "Succeeded", 9)) with
        {
            Caches = [new("go-build", goBuild), new("build-program", program)],
        };
        var runs = new[] { Run("hit", "hit"), Run("partial", "hit"), Run("miss", "restored"), Run("hit", "miss") }
            .Select((t, i) => new GitHubRunSample(GhRun(i + 1), [GhJob("Lint", "2026-05-04T10:00:00Z", "2026-05-04T10:00:30Z")], [t])).ToList();

        var baseline = BaselineBuilder.FromGitHub("o/r", "main", 4, new Dictionary<string, IReadOnlyList<GitHubRunSample>> { ["ci.yml"] = runs }, T("2026-05-07T00:00:00Z"));

        var caches = baseline.Pipelines["ci.yml"].Jobs["Lint"].Caches;
        Assert.Equal(new CacheHitRate(4, 2, 1), caches["go-build"]);
        Assert.Equal(new CacheHitRate(4, 3, 0), caches["build-program"]);
        Assert.Equal("50% hit, 25% partial", caches["go-build"].ToString());
        Assert.Equal(caches, Baseline.Parse(baseline.ToJson(), "baseline.json").Pipelines["ci.yml"].Jobs["Lint"].Caches);
    }
}
