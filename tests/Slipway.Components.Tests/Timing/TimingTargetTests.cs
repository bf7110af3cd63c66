using Slipway.Components.Timing;
using Slipway.Reporting;
using Xunit;
using static Slipway.Components.Tests.Timing.TimingSamples;

namespace Slipway.Components.Tests.Timing;

/// <summary>CheckTimings and PlanCi run through the real BuildRunner.</summary>
public sealed class TimingTargetTests : IDisposable
{
    private static readonly Dictionary<string, string> GitHubJob = new(StringComparer.Ordinal) { ["GITHUB_ACTIONS"] = "true", ["GITHUB_JOB"] = "checks" };
    private readonly TimingTargetRunner _runner = new();

    public void Dispose() => _runner.Dispose();

    private void WriteBaseline()
    {
        var baseline = BaselineBuilder.FromGitHub("o/r", "main", 1, new Dictionary<string, IReadOnlyList<GitHubRunSample>>(StringComparer.Ordinal)
        {
            ["ci.yml"] = [new GitHubRunSample(GhRun(1), [GhJob("lint", "2026-05-04T10:00:00Z", "2026-05-04T10:01:40Z")], [Timings("lint", 80, ("Lint", "Succeeded", 60))])],
        }, T("2026-05-05T00:00:00Z"));
        baseline.Write(_runner.BaselinePath);
    }

    private string WriteRun(double run, double lint) =>
        _runner.Root.Write("run.json", Timings("lint", run, ("Lint", "Succeeded", lint)).ToJson());

    [Fact]
    public async Task A_regression_is_a_warning_annotation_by_default()
    {
        WriteBaseline();
        var (exit, output) = await _runner.RunAsync(["CheckTimings", "--timings-file", WriteRun(82, 90)], GitHubJob);

        Assert.True(exit == 0, output);
        Assert.Contains("::warning title=Timing regression::Target Lint took 1:30.0, 50%25 over its baseline median 1:00.0 (allowed: +25%25)", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Job lint took", output, StringComparison.Ordinal); // 82 s is within 80 x 1.25
        Assert.Contains("Job lint: wall-clock 1:22.0, runner minutes 1.37 (2 billed); baseline median 1:20.0 (p90 1:20.0, 1 runs), runner minutes 1.33", output, StringComparison.Ordinal);
        Assert.Contains("Pipeline ci.yml baseline: wall-clock median 1:40.0 (p90 1:40.0), runner minutes median 2 billed (1.7 exact) over 1 runs", output, StringComparison.Ordinal);
        Assert.Contains("2 measurements compared against median x 1.25: 1 over", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_timing_gate_fail_a_regression_fails_the_target()
    {
        WriteBaseline();
        var (exit, output) = await _runner.RunAsync(["CheckTimings", "--timings-file", WriteRun(82, 90), "--timing-gate", "fail"], GitHubJob);

        Assert.Equal(1, exit);
        Assert.Contains("1 timing regression(s) (--timing-gate fail):", output, StringComparison.Ordinal);
        Assert.Contains("Target Lint took 1:30.0", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_threshold_parameter_moves_the_limit()
    {
        WriteBaseline();
        var (exit, output) = await _runner.RunAsync(["CheckTimings", "--timings-file", WriteRun(82, 90), "--timing-gate", "fail", "--timing-threshold", "0.6"]);

        Assert.True(exit == 0, output);
        Assert.Contains("compared against median x 1.6: 0 over", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_baseline_is_reported_and_never_fails()
    {
        var (exit, output) = await _runner.RunAsync(["CheckTimings", "--timings-file", WriteRun(82, 90), "--timing-gate", "fail"]);

        Assert.True(exit == 0, output);
        Assert.Contains("No timing baseline (.nuke/baseline.json); nothing compared. Capture one with ./build.sh CaptureBaseline.", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_baseline_fails_with_the_file_and_the_place()
    {
        File.WriteAllText(_runner.BaselinePath, "{ \"schemaVersion\": 1, \"pipelines\": [ }");
        var (exit, output) = await _runner.RunAsync(["CheckTimings", "--timings-file", WriteRun(82, 90)]);

        Assert.Equal(1, exit);
        Assert.Contains(_runner.BaselinePath + ": not valid JSON (line 1", output, StringComparison.Ordinal);
        Assert.Contains("Regenerate it with ./build.sh CaptureBaseline.", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_timings_it_says_to_run_the_targets_first()
    {
        var (exit, output) = await _runner.RunAsync(["CheckTimings"]);

        Assert.Equal(1, exit);
        Assert.Contains("no timings to check. Run the targets first", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlanCi_prints_each_pipeline_beside_one_serial_job_and_checks_the_budget()
    {
        TimingsWriterWrite(Timings(null!, 200, [.. CiPlannerTests.Local.Select(t => (t.Key, "Succeeded", t.Value))]));

        var (exit, output) = await _runner.RunAsync(["PlanCi", "--runner-minute-budget", "8"], null, [CiPlannerTests.Ci(), CiPlannerTests.GitLab()]);

        Assert.True(exit == 0, output);
        var expected = """
            ci.yml (.github/workflows/ci.yml, GitHub Actions, default branch push): 5 jobs
              setup overhead per job: 0:45.0 (assumed for GitHub Actions; set --ci-setup-overhead); gates: no checkout, no set-up

              Job                 Needs                     Targets          Work  + setup  Source
                lint              -                         Lint           0:30.0   1:15.0  local
                test              -                         Test           2:00.0   2:45.0  local
              * snapshot-build    -                         SnapshotBuild  1:00.0   1:45.0  local
              * docker-dry-run    snapshot-build            DockerDryRun   0:40.0   1:25.0  local
              * validate-release  lint,test,docker-dry-run  -              0:00.0   0:05.0  gate
              critical path (*): snapshot-build -> docker-dry-run -> validate-release

                              5 parallel jobs  1 serial job
              Wall-clock               3:15.0        4:55.0
              Runner minutes              7.3           4.9
              Billed minutes               10             5
              budget: 10 billed runner minutes EXCEED 8 (--runner-minute-budget)
            """;
        Assert.Contains(expected.ReplaceLineEndings("\n"), output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("Job work from: no baseline (.nuke/baseline.json); local timings: .nuke/temp/timings.json\n", output, StringComparison.Ordinal);
        Assert.Contains("gitlab (.gitlab-ci.yml, GitLab CI, default branch push): 2 jobs", output, StringComparison.Ordinal);
        Assert.Contains("warning: Runner-minute budget: ci.yml (default branch push) needs 10 billed runner minutes per run, over the budget of 8", output, StringComparison.Ordinal);

        var (failed, failure) = await _runner.RunAsync(["PlanCi", "--runner-minute-budget", "8", "--timing-gate", "fail", "--timings-files", _runner.Root.Combine("kept.json")], null, [CiPlannerTests.Ci()]);
        Assert.Equal(1, failed);
        Assert.Contains("ci.yml (default branch push) needs 10 billed runner minutes per run, over the budget of 8", failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlanCi_without_generated_pipelines_says_how_to_get_them()
    {
        var (exit, output) = await _runner.RunAsync(["PlanCi"]);

        Assert.Equal(1, exit);
        Assert.Contains("Add [GitHubActions] or [GitLab] attributes", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlanCi_plans_the_pipelines_the_CI_attributes_generate()
    {
        TimingsWriter.Write(Timings(null!, 20, ("Lint", "Succeeded", 12), ("Test", "Succeeded", 30)), _runner.TimingsPath);
        using var output = new StringWriter();

        var exit = await new BuildRunner(output, new Dictionary<string, string>(StringComparer.Ordinal), _runner.Root.Path).RunAsync(new GeneratedCiBuild(), ["PlanCi"]);

        Assert.True(exit == 0, output.ToString());
        Assert.Contains("ci.yml (.github/workflows/ci.yml, GitHub Actions, ", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("gitlab (.gitlab-ci.yml, GitLab CI, ", output.ToString(), StringComparison.Ordinal);
        Assert.Matches(@"\n  \*? *lint +- +Lint +0:12\.0 +0:57\.0  local\n", output.ToString());
        Assert.Matches(@"\n  \*? *test +- +Test +0:30\.0 +1:15\.0  local\n", output.ToString());
    }

    // The run itself overwrites .nuke/temp/timings.json at its end, so a copy is kept for the second run.
    [Fact]
    public async Task PlanCi_optimize_prints_the_generated_optimised_and_serial_plans_side_by_side()
    {
        TimingsWriter.Write(Timings(null!, 300, ("Restore", "Succeeded", 20), ("Lint", "Succeeded", 15), ("Vet", "Succeeded", 10), ("Test", "Succeeded", 150), ("SnapshotBuild", "Succeeded", 60), ("DockerDryRun", "Succeeded", 40)), _runner.TimingsPath);
        using var output = new StringWriter();

        var exit = await new BuildRunner(output, new Dictionary<string, string>(StringComparer.Ordinal), _runner.Root.Path).RunAsync(new OptimizableCiBuild(), ["PlanCi", "--optimize"]);

        Assert.True(exit == 0, output.ToString());
        var text = output.ToString().ReplaceLineEndings("\n");
        Assert.Contains("  optimised partition: lint-and-vet runs Restore Lint Vet\n", text, StringComparison.Ordinal);
        Assert.True(System.Text.RegularExpressions.Regex.IsMatch(text, @"\n +generated \(6 jobs\) +optimised \(5 jobs\) +serial \(1 job\)\n  Wall-clock +3:40\.0 +3:40\.0 +5:40\.0\n  Runner minutes +9\.4 +8\.3 +5\.7\n"), text);
        Assert.Contains("set OptimizeJobs = true on the CI attribute", text, StringComparison.Ordinal);

        using var plain = new StringWriter();
        await new BuildRunner(plain, new Dictionary<string, string>(StringComparer.Ordinal), _runner.Root.Path).RunAsync(new OptimizableCiBuild(), ["PlanCi"]);
        Assert.DoesNotContain("optimised partition", plain.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlanCi_on_one_runner_queues_every_job_and_optimises_for_that()
    {
        TimingsWriter.Write(Timings(null!, 300, ("Restore", "Succeeded", 20), ("Lint", "Succeeded", 15), ("Vet", "Succeeded", 10), ("Test", "Succeeded", 150), ("SnapshotBuild", "Succeeded", 60), ("DockerDryRun", "Succeeded", 40)), _runner.TimingsPath);
        using var output = new StringWriter();

        var exit = await new BuildRunner(output, new Dictionary<string, string>(StringComparer.Ordinal), _runner.Root.Path).RunAsync(new OptimizableCiBuild(), ["PlanCi", "--optimize", "--ci-runners", "1"]);

        Assert.True(exit == 0, output.ToString());
        var text = output.ToString().ReplaceLineEndings("\n");
        Assert.Contains("  runners: 1 job at once (--ci-runners); the wall-clock counts the time jobs queue for one\n", text, StringComparison.Ordinal);
        // One after another, the six jobs take their runner time (9.4 min); merging the three checks saves two overheads and two restores.
        Assert.Contains("  optimised partition: lint-and-vet-and-test runs Restore Lint Vet Test\n", text, StringComparison.Ordinal);
        Assert.True(System.Text.RegularExpressions.Regex.IsMatch(text, @"\n +generated \(6 jobs\) +optimised \(4 jobs\) +serial \(1 job\)\n  Wall-clock +9:25\.0 +7:15\.0 +5:40\.0\n"), text);
    }

    [Fact]
    public async Task PlanCi_refuses_a_runner_count_below_one()
    {
        using var output = new StringWriter();

        var exit = await new BuildRunner(output, new Dictionary<string, string>(StringComparer.Ordinal), _runner.Root.Path).RunAsync(new OptimizableCiBuild(), ["PlanCi", "--ci-runners", "0"]);

        Assert.NotEqual(0, exit);
        Assert.Contains("--ci-runners 0 is not a number of runners", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlanCi_shows_cache_hit_rates_from_the_baseline()
    {
        var lint = new JobBaseline(new SampleStats(100, 100, 4), null, new SampleStats(80, 80, 4), new Dictionary<string, SampleStats>(), new Dictionary<string, SampleStats>())
        {
            Caches = new Dictionary<string, CacheHitRate>(StringComparer.Ordinal) { ["build-program"] = new(4, 3, 0), ["go-build"] = new(4, 2, 2) },
        };
        var stats = new SampleStats(1, 1, 4);
        new Baseline(1, T("2026-05-06T00:00:00Z"), new BaselineSource("GitHub", "o/r", ["ci.yml"], "main", 4), new Dictionary<string, PipelineBaseline>(StringComparer.Ordinal)
        {
            ["ci.yml"] = new(4, stats, stats, stats, new Dictionary<string, JobBaseline>(StringComparer.Ordinal) { ["lint"] = lint }),
        }).Write(_runner.BaselinePath);

        var (exit, output) = await _runner.RunAsync(["PlanCi"], null, [CiPlannerTests.Ci()]);

        Assert.True(exit == 0, output);
        Assert.True(System.Text.RegularExpressions.Regex.IsMatch(output.ReplaceLineEndings("\n"), @"\n  \* lint .* baseline +build-program 75% hit, go-build 50% hit, 50% partial\n"), output);
    }

    private void TimingsWriterWrite(RunTimings timings)
    {
        TimingsWriter.Write(timings, _runner.TimingsPath);
        TimingsWriter.Write(timings, _runner.Root.Combine("kept.json"));
    }
}
