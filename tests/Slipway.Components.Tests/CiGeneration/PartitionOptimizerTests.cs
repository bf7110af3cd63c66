using Slipway.Components.CiGeneration;
using Slipway.Graph;
using Xunit;

namespace Slipway.Components.Tests.CiGeneration;

public sealed class PartitionOptimizerTests
{
    private static readonly TargetGraph Graph = TargetGraph.Discover(new CostShapedBuild());

    private static IReadOnlyList<TargetJob> Structural(params string[] invoked) => JobPartitioner.Partition(Graph, invoked, [], "[test]");

    private static PartitionCosts Costs(params (string Target, double Seconds)[] targets) =>
        new(targets.ToDictionary(t => t.Target, t => t.Seconds, StringComparer.Ordinal), TimeSpan.FromSeconds(45), TimeSpan.FromSeconds(5), "test");

    private static readonly PartitionCosts Realistic = Costs(("Restore", 20), ("Lint", 15), ("Vet", 10), ("Test", 150), ("SnapshotBuild", 60), ("DockerDryRun", 40));

    [Fact]
    public void Cheap_checks_share_a_job_when_that_is_no_slower_and_the_long_one_stays_alone()
    {
        var structural = Structural("Validate");
        var optimised = PartitionOptimizer.Optimize(structural, Realistic);

        Assert.Equal(["lint-and-vet", "test", "snapshot-build", "docker-dry-run", "validate"], optimised.Select(j => j.Id));
        Assert.Equal(["Restore", "Lint", "Vet"], optimised[0].TargetNames); // the shared restore runs once
        Assert.Equal("Lint + Vet", optimised[0].DisplayName);
        Assert.Equal(["lint-and-vet", "test", "docker-dry-run"], optimised.Single(j => j.IsGate).Needs);

        var (before, after) = (PartitionOptimizer.Cost(structural, Realistic), PartitionOptimizer.Cost(optimised, Realistic));
        Assert.Equal(before.WallClock, after.WallClock); // test (20 + 150 + 45) is the critical path either way
        Assert.Equal(before.RunnerTime - TimeSpan.FromSeconds(45 + 20), after.RunnerTime); // one overhead and one restore fewer
    }

    [Fact]
    public void Heavy_jobs_stay_apart_and_producers_keep_their_own_job()
    {
        var heavy = Costs(("Restore", 5), ("Lint", 200), ("Vet", 200), ("Test", 200), ("SnapshotBuild", 60), ("DockerDryRun", 40));

        var optimised = PartitionOptimizer.Optimize(Structural("Validate"), heavy);

        Assert.Equal(["lint", "vet", "test", "snapshot-build", "docker-dry-run", "validate"], optimised.Select(j => j.Id));
    }

    [Fact]
    public void Over_a_runner_minute_budget_jobs_merge_until_it_fits_even_when_slower()
    {
        var free = PartitionOptimizer.Optimize(Structural("Validate"), Realistic);
        var budgeted = PartitionOptimizer.Optimize(Structural("Validate"), Realistic with { RunnerMinuteBudget = 9 });

        Assert.True(PartitionOptimizer.Cost(free, Realistic).BilledMinutes > 9);
        var cost = PartitionOptimizer.Cost(budgeted, Realistic);
        Assert.True(cost.BilledMinutes <= 9, $"{cost.BilledMinutes} billed minutes: {string.Join(", ", budgeted.Select(j => j.Id))}");
        Assert.True(cost.WallClock > PartitionOptimizer.Cost(free, Realistic).WallClock);
        Assert.Contains(budgeted, j => j.Id == "snapshot-build"); // a producer is never merged away
    }

    [Fact]
    public void With_two_runners_jobs_queue_and_more_of_them_merge_to_finish_sooner()
    {
        var checks = Costs(("Restore", 5), ("Lint", 60), ("Vet", 60), ("Test", 60), ("SnapshotBuild", 30), ("DockerDryRun", 20));
        var twoRunners = checks with { Runners = 2 };
        var structural = Structural("Validate");

        var unlimited = PartitionOptimizer.Optimize(structural, checks);
        var queued = PartitionOptimizer.Optimize(structural, twoRunners);

        Assert.True(queued.Count < unlimited.Count, $"two runners: {string.Join(", ", queued.Select(j => j.Id))}; unlimited: {string.Join(", ", unlimited.Select(j => j.Id))}");
        // Queued on two runners, the structural partition waits for runners; the partition chosen for them does not wait as long.
        Assert.True(PartitionOptimizer.Cost(queued, twoRunners).WallClock < PartitionOptimizer.Cost(unlimited, twoRunners).WallClock);
        Assert.True(PartitionOptimizer.Cost(structural, twoRunners).WallClock > PartitionOptimizer.Cost(structural, checks).WallClock);
    }

    [Fact]
    public void One_runner_runs_the_jobs_one_after_another()
    {
        var oneRunner = Realistic with { Runners = 1 };
        var structural = Structural("Validate");

        var (wall, runner, _) = PartitionOptimizer.Cost(structural, oneRunner);

        Assert.Equal(runner, wall);
    }

    [Fact]
    public void A_job_after_the_gate_is_never_merged_with_what_the_gate_waits_for()
    {
        var cheap = Costs(("Restore", 1), ("Lint", 1), ("Vet", 1), ("Test", 1), ("SnapshotBuild", 1), ("DockerDryRun", 1), ("Release", 1));

        var optimised = PartitionOptimizer.Optimize(Structural("Release"), cheap);

        var release = optimised.Single(j => j.TargetNames.Contains("Release"));
        Assert.Equal(["Release"], release.TargetNames);
        Assert.Equal(["validate"], release.Needs);
    }

    [Fact]
    public void OptimizeJobs_generates_the_optimised_partition_from_the_committed_baseline_only()
    {
        var costs = Slipway.Components.Timing.CiPlanner.Costs("ci.yml", Slipway.Components.Timing.CiSystem.GitHub, null, Realistic.TargetSeconds, TimeSpan.FromSeconds(45));
        var settings = Support.Ci.Settings() with { CostsFor = key => key == "ci.yml" ? costs : null };

        var files = CiFileGenerator.Generate(typeof(CostShapedBuild), Graph, settings);

        var ci = YamlQuery.Parse(files.Single(f => f.RelativePath == ".github/workflows/ci.yml").Content).Get("jobs");
        Assert.True(ci.Has("lint-and-vet"));
        Assert.Equal("Lint + Vet", ci.Get("lint-and-vet").Str("name"));
        Assert.Contains("./build.sh Restore Lint Vet --skip", files.Single(f => f.RelativePath == ".github/workflows/ci.yml").Content, StringComparison.Ordinal);
        var structural = YamlQuery.Parse(files.Single(f => f.RelativePath == ".github/workflows/structural.yml").Content).Get("jobs");
        Assert.True(structural.Has("lint") && structural.Has("vet"));

        var withoutBaseline = Support.Ci.Settings();
        CiFileGenerator.Generate(typeof(CostShapedBuild), Graph, withoutBaseline);
        Assert.Contains(withoutBaseline.Warnings, w => w.Contains("sets OptimizeJobs, but no baseline measures pipeline 'ci.yml'", StringComparison.Ordinal));
    }

    [Fact]
    public void Jobs_waiting_for_different_jobs_never_share_one()
    {
        // Docker dry run waits for the snapshot; merging the checks into it would start them only after the snapshot.
        var optimised = PartitionOptimizer.Optimize(Structural("Validate"), Realistic with { Runners = 1, RunnerMinuteBudget = 1 });

        Assert.Contains(optimised, j => j.Id == "docker-dry-run");
        Assert.All(optimised.Where(j => j.Id.Contains("-and-", StringComparison.Ordinal)), j => Assert.Empty(j.Needs));
    }

    [Fact]
    public void OptimizeForRunners_generates_the_partition_for_that_many_runners()
    {
        var costs = Slipway.Components.Timing.CiPlanner.Costs("one-runner.yml", Slipway.Components.Timing.CiSystem.GitHub, null, Realistic.TargetSeconds, TimeSpan.FromSeconds(45));
        var settings = Support.Ci.Settings() with { CostsFor = key => costs };

        var files = CiFileGenerator.Generate(typeof(CostShapedBuild), Graph, settings);

        // One runner runs jobs one after another, so every merge saves an overhead; the unlimited ci.yml keeps the long test alone.
        var oneRunner = YamlQuery.Parse(files.Single(f => f.RelativePath == ".github/workflows/one-runner.yml").Content).Get("jobs").Keys();
        Assert.Equal(["lint-and-vet-and-test", "snapshot-build", "docker-dry-run", "validate"], oneRunner);
        Assert.True(YamlQuery.Parse(files.Single(f => f.RelativePath == ".github/workflows/ci.yml").Content).Get("jobs").Has("test"));
    }

    [Fact]
    public void The_writers_and_the_engine_name_the_cache_variables_alike()
    {
        Assert.Equal(Slipway.Reporting.CacheProbe.HitsVariable, Slipway.Pipelines.GitHub.GitHubActionsWriter.CacheHitsVariable);
        Assert.Equal(Slipway.Reporting.CacheProbe.PathsVariable, Slipway.Pipelines.GitLab.GitLabCiWriter.CachePathsVariable);
    }
}
