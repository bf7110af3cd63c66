using Slipway.Components.Timing;
using Slipway.Pipelines.Model;
using Xunit;
using static Slipway.Components.Tests.Timing.TimingSamples;

namespace Slipway.Components.Tests.Timing;

public sealed class CiPlannerTests
{
    private static readonly PipelineTriggers OnPush = new() { Push = new PushTrigger { Branches = ["main"] } };

    /// <summary>lint, test and snapshot-build -> docker-dry-run side by side, all gated by validate-release.</summary>
    public static Pipeline Ci() => new("CI", ".github/workflows/ci.yml", OnPush,
    [
        new PipelineJob("lint", "Lint", "./build.sh Lint --skip"),
        new PipelineJob("test", "Test", "./build.sh Test --skip"),
        new PipelineJob("snapshot-build", "SnapshotBuild", "./build.sh SnapshotBuild --skip"),
        new PipelineJob("docker-dry-run", "DockerDryRun", "./build.sh DockerDryRun --skip") { Needs = ["snapshot-build"] },
        new PipelineJob("validate-release", "ValidateRelease", "") { Needs = ["lint", "test", "docker-dry-run"], Gate = true },
    ]);

    public static Pipeline GitLab() => new("GitLab", ".gitlab-ci.yml", OnPush,
    [
        new PipelineJob("lint", "lint", "./build.sh Restore Lint --skip"),
        new PipelineJob("test", "test", "./build.sh Test --skip") { Needs = ["lint"] },
    ])
    { Syntax = PipelineSyntax.GitLabCi };

    public static readonly Dictionary<string, double> Local = new(StringComparer.Ordinal)
    {
        ["Lint"] = 30,
        ["Test"] = 120,
        ["SnapshotBuild"] = 60,
        ["DockerDryRun"] = 40,
        ["Restore"] = 5,
    };

    [Fact]
    public void Local_timings_and_the_assumed_overhead_give_critical_path_wall_clock_runner_and_billed_minutes()
    {
        var plan = CiPlanner.Plan(Ci(), null, Local, overhead: null);

        Assert.Equal(TimeSpan.FromSeconds(45), plan.Estimate.SetupOverheadPerJob);
        Assert.Equal(["snapshot-build", "docker-dry-run", "validate-release"], plan.Estimate.CriticalPath);
        Assert.Equal(TimeSpan.FromSeconds(105 + 85 + 5), plan.Estimate.WallClock); // the gate: no checkout, no set-up
        Assert.Equal(TimeSpan.FromSeconds(250 + (4 * 45) + 5), plan.Estimate.RunnerTime);
        Assert.Equal(TimeSpan.FromSeconds(45 + 250), plan.Estimate.Serial);
        Assert.Equal(2 + 3 + 2 + 2 + 1, plan.BilledMinutes);
        Assert.Equal(5, plan.SerialBilledMinutes);
        Assert.Equal(["local", "local", "local", "local", "gate"], plan.Jobs.Select(j => j.Source));
        Assert.Equal("assumed for GitHub Actions; set --ci-setup-overhead", plan.OverheadSource);
    }

    [Fact]
    public void The_baseline_gives_job_work_and_a_measured_overhead()
    {
        var job = (double duration, double run) => new JobBaseline(new SampleStats(duration, duration, 3), null, new SampleStats(run, run, 3), new Dictionary<string, SampleStats>(), new Dictionary<string, SampleStats>());
        var stats = new SampleStats(1, 1, 3);
        var baseline = new Baseline(1, T("2026-05-06T00:00:00Z"), new BaselineSource("GitHub", "o/r", ["ci.yml"], "main", 3), new Dictionary<string, PipelineBaseline>(StringComparer.Ordinal)
        {
            ["ci.yml"] = new(3, stats, stats, stats, new Dictionary<string, JobBaseline>(StringComparer.Ordinal)
            {
                ["lint"] = job(50, 20), // 30 s setup
                ["Test"] = job(240, 200), // by display name; 40 s setup
                ["snapshot-build"] = job(100, 80), // 20 s setup
            }),
        });

        var plan = CiPlanner.Plan(Ci(), baseline, Local, overhead: null);

        Assert.Equal(TimeSpan.FromSeconds(30), plan.Estimate.SetupOverheadPerJob);
        Assert.StartsWith("measured: median job duration minus Slipway run over 3 baseline jobs", plan.OverheadSource, StringComparison.Ordinal);
        Assert.Equal([20, 200, 80, 40, 0], plan.Jobs.Select(j => j.Work.TotalSeconds));
        Assert.Equal(["baseline", "baseline", "baseline", "local", "gate"], plan.Jobs.Select(j => j.Source));
        Assert.Equal(["test", "validate-release"], plan.Estimate.CriticalPath);
        Assert.Equal(TimeSpan.FromSeconds(230 + 5), plan.Estimate.WallClock);

        var given = CiPlanner.Plan(Ci(), baseline, Local, TimeSpan.FromSeconds(10));
        Assert.Equal("--ci-setup-overhead", given.OverheadSource);
        Assert.Equal(TimeSpan.FromSeconds(210 + 5), given.Estimate.WallClock);
    }

    [Fact]
    public void Unmeasured_targets_count_as_zero_and_are_listed()
    {
        var plan = CiPlanner.Plan(GitLab(), null, new Dictionary<string, double>(StringComparer.Ordinal) { ["Lint"] = 12 }, null);

        Assert.Equal("gitlab", plan.Key);
        Assert.Equal(TimeSpan.FromSeconds(60), plan.Estimate.SetupOverheadPerJob);
        Assert.Equal(["Restore"], plan.Jobs[0].Unmeasured);
        Assert.Equal(("unknown", 0.0), (plan.Jobs[1].Source, plan.Jobs[1].Work.TotalSeconds));
        Assert.Contains("not measured (counted as 0): Restore, Test; run ./build.sh Restore Test once", CiPlanWriter.Render(plan, null), StringComparison.Ordinal);
    }

    [Fact]
    public void Targets_are_read_from_the_build_command()
    {
        Assert.Equal(["Restore", "Lint"], CiPlanner.TargetsOf(new PipelineJob("a", "A", "./build.sh Restore Lint --skip --verbosity minimal")));
        Assert.Empty(CiPlanner.TargetsOf(new PipelineJob("g", "G", "")));
        Assert.Equal(["Test"], CiPlanner.TargetsOf(new PipelineJob("w", "W", ".\\build.cmd Test")));
        Assert.Equal(["Lint"], CiPlanner.TargetsOf(new PipelineJob("t", "T", "./build.sh Restore Lint --skip") { Targets = ["Lint"] })); // typed data first
    }

    [Fact]
    public void Later_local_runs_win()
    {
        var older = Timings("a", 10, ("Lint", "Succeeded", 10)) with { FinishedAt = T("2026-05-01T00:00:00Z") };
        var newer = Timings("a", 10, ("Lint", "Succeeded", 7), ("Test", "Failed", 99)) with { FinishedAt = T("2026-05-02T00:00:00Z") };

        var seconds = CiPlanner.LocalTargetSeconds([newer, older]);

        Assert.Equal(7, seconds["Lint"]);
        Assert.False(seconds.ContainsKey("Test"));
    }
}
