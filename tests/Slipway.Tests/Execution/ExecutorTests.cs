using System.Text.Json;
using Slipway.Tests.Support;
using Slipway.Tests.TestBuilds;

namespace Slipway.Tests.Execution;

public sealed class ExecutorTests : IDisposable
{
    private readonly BuildHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task Independent_targets_run_at_the_same_time()
    {
        var build = new ParallelBuild(waitForEachOther: true);
        var run = await _harness.RunAsync(build, "Join", "--max-parallel", "4");

        // Left waits for Right to start and vice versa: both succeed only if they overlapped.
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("Join", build.Ran.Last());
        Assert.True(build.MaxConcurrency >= 2, $"max concurrency {build.MaxConcurrency}");
    }

    [Fact]
    public async Task Max_parallel_1_never_runs_two_targets_at_once()
    {
        var build = new ParallelBuild(waitForEachOther: false);
        var run = await _harness.RunAsync(build, "Join", "--max-parallel", "1");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(1, build.MaxConcurrency);
        Assert.Equal(["Left", "Right", "Third", "Join"], build.Ran); // Plan order when run one by one.
    }

    [Fact]
    public async Task After_a_failure_nothing_new_starts_running_targets_finish_and_assured_targets_run()
    {
        var build = new FailureBuild();
        var run = await _harness.RunAsync(build, "Everything", "--max-parallel", "4");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(["Slow", "Cleanup"], build.Ran);
        Assert.Matches(@"^Fail\s+Failed\s+\S+\s+disk full$", run.SummaryRow("Fail"));
        Assert.Matches(@"^Slow\s+Succeeded", run.SummaryRow("Slow"));
        Assert.Matches(@"^Dependent\s+NotRun\s+\S+\s+dependency Fail failed$", run.SummaryRow("Dependent"));
        Assert.Matches(@"^Later\s+NotRun\s+\S+\s+an earlier target failed$", run.SummaryRow("Later"));
        Assert.Matches(@"^Cleanup\s+Succeeded", run.SummaryRow("Cleanup"));
        Assert.Matches(@"^Everything\s+NotRun\s+\S+\s+dependency Dependent did not run$", run.SummaryRow("Everything"));
        run.AssertPrinted("Build failed");
    }

    [Fact]
    public async Task Without_ProceedAfterFailure_independent_targets_do_not_start()
    {
        var build = new ProceedBuild(proceed: false);
        var run = await _harness.RunAsync(build, "Other", "NeedsBroken");

        Assert.Equal(1, run.ExitCode);
        Assert.Empty(build.Ran);
        Assert.Matches(@"^Other\s+NotRun\s+\S+\s+an earlier target failed$", run.SummaryRow("Other"));
    }

    [Fact]
    public async Task ProceedAfterFailure_lets_independent_targets_continue()
    {
        var build = new ProceedBuild(proceed: true);
        var run = await _harness.RunAsync(build, "Other", "NeedsBroken");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(["Other"], build.Ran);
        Assert.Matches(@"^NeedsBroken\s+NotRun\s+\S+\s+dependency Broken failed$", run.SummaryRow("NeedsBroken"));
    }

    [Fact]
    public async Task False_dynamic_condition_skips_the_target_and_dependents_still_run()
    {
        var build = new ConditionBuild { ShouldRun = false };
        var run = await _harness.RunAsync(build, "AfterDynamic");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["Compile", "AfterDynamic"], build.Ran);
        Assert.Matches(@"^Dynamic\s+Skipped\s+\S+\s+condition false: \(\) => ShouldRun$", run.SummaryRow("Dynamic"));
    }

    [Fact]
    public async Task Dynamic_condition_is_evaluated_when_the_target_is_about_to_run()
    {
        var flipping = new FlippingConditionBuild();
        var run = await _harness.RunAsync(flipping, "Check");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["Enable", "Check"], flipping.Ran);
    }

    [Fact]
    public async Task Cancelling_marks_the_running_target_failed_and_pending_ones_not_run_with_exit_130()
    {
        var build = new CancellableBuild();
        using var cancellation = new CancellationTokenSource();
        var running = _harness.RunAsync(build, ["Next"], null, cancellation.Token);
        await build.Started.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await cancellation.CancelAsync();
        var run = await running.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(130, run.ExitCode);
        Assert.Empty(build.Ran);
        Assert.Matches(@"^Wait\s+Failed\s+\S+\s+cancelled$", run.SummaryRow("Wait"));
        Assert.Matches(@"^Next\s+NotRun\s+\S+\s+cancelled$", run.SummaryRow("Next"));
        run.AssertPrinted("Build cancelled");
    }

    [Fact]
    public async Task Throwing_target_exits_1_and_the_summary_shows_the_first_line_of_the_message()
    {
        var run = await _harness.RunAsync(new ThrowingBuild(), "Throw");

        Assert.Equal(1, run.ExitCode);
        Assert.Matches(@"^Throw\s+Failed\s+\S+\s+first line$", run.SummaryRow("Throw"));
        run.AssertPrinted("error: Target Throw failed: first line");
    }

    [Fact]
    public async Task Sync_async_and_multiple_actions_run_in_order_and_collective_targets_report_Collective()
    {
        var build = new CancellableBuild();
        var run = await _harness.RunAsync(build, "Group", "Both", "--max-parallel", "1");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["Async", "Sync", "Both:1", "Both:2"], build.Ran);
        Assert.Matches(@"^Group\s+Collective\s", run.SummaryRow("Group"));
        Assert.Matches(@"^Both\s+Succeeded\s+\d+:\d\d\.\d$", run.SummaryRow("Both"));
        Assert.Matches(@"^Total\s+\d+:\d\d\.\d$", run.SummaryRow("Total"));
        run.AssertPrinted("Build succeeded");
    }

    [Fact]
    public async Task Skipped_targets_appear_in_the_summary_with_their_reason()
    {
        var run = await _harness.RunAsync(new ChainBuild(), "Lint", "--skip");

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"^Restore\s+Skipped\s+\S+\s+skipped by --skip$", run.SummaryRow("Restore"));
        Assert.Matches(@"^Lint\s+Succeeded", run.SummaryRow("Lint"));
    }

    [Fact]
    public async Task Timings_json_is_written_with_the_documented_fields()
    {
        var run = await _harness.RunAsync(new ProceedBuild(proceed: true), "Other", "NeedsBroken");
        Assert.Equal(1, run.ExitCode);

        var path = _harness.Root.Combine(".nuke/temp/timings.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var root = document.RootElement;
        Assert.Equal(
            ["schemaVersion", "runId", "host", "job", "commit", "startedAt", "finishedAt", "durationSeconds", "targets", "caches", "buildProgram"],
            root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(1, root.GetProperty("schemaVersion").GetInt32());
        Assert.Equal("Terminal", root.GetProperty("host").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("job").ValueKind);

        var targets = root.GetProperty("targets").EnumerateArray().ToDictionary(t => t.GetProperty("name").GetString()!);
        Assert.Equal(["Broken", "NeedsBroken", "Other"], targets.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(
            ["name", "status", "startedAt", "finishedAt", "durationSeconds", "skipReason"],
            targets["Other"].EnumerateObject().Select(p => p.Name));
        Assert.Equal("Succeeded", targets["Other"].GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, targets["Other"].GetProperty("skipReason").ValueKind);
        Assert.Equal("Failed", targets["Broken"].GetProperty("status").GetString());
        Assert.Equal("broken", targets["Broken"].GetProperty("skipReason").GetString());
        Assert.Equal("NotRun", targets["NeedsBroken"].GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, targets["NeedsBroken"].GetProperty("startedAt").ValueKind);
        Assert.Equal(0, targets["NeedsBroken"].GetProperty("durationSeconds").GetDouble());

        var timings = Slipway.Reporting.RunTimings.Read(path);
        Assert.True(timings.FinishedAt >= timings.StartedAt);
        Assert.False(File.Exists(path + ".tmp"));
    }
}

/// <summary>Throws a two-line message.</summary>
public sealed class ThrowingBuild : SlipwayBuild
{
    public Target Throw => _ => _.Executes(() => throw new InvalidOperationException("first line\nsecond line"));
}

/// <summary>Check's dynamic condition is only true after Enable ran.</summary>
public sealed class FlippingConditionBuild : RecordingBuild
{
    private volatile bool _enabled;

    public Target Enable => _ => _.Executes(() =>
    {
        _enabled = true;
        Record(nameof(Enable));
    });

    public Target Check => _ => _.DependsOn(Enable).OnlyWhenDynamic(() => _enabled).Executes(() => Record(nameof(Check)));
}
