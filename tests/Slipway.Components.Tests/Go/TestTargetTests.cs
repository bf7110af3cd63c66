using Slipway.Clients.Diagnostics;
using Slipway.Components.Go;
using Slipway.Components.Tests.Tools;
using Xunit;

namespace Slipway.Components.Tests.Go;

public sealed class TestTargetTests
{
    [Fact]
    public async Task Test_passes_on_the_example_program_with_race_detector_and_summary()
    {
        using var project = new GoProject();

        var run = await BuildHarness.RunAsync(new GoReleaseBuild(), project, project.Environment(), "Test");

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("test -json -race ./...", run.Output, StringComparison.Ordinal);
        Assert.Matches(@"Go tests: 1 package\(s\) \(0 failed\), [1-9]\d* test\(s\): [1-9]\d* passed, 0 failed, 0 skipped", run.Output);
        Assert.Contains("Slowest tests:", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Test_failure_is_annotated_at_its_line_and_named_in_the_error()
    {
        using var project = new GoProject();
        project.Write("broken_test.go", "package main\n\nimport \"testing\"\n\nfunc TestBroken(t *testing.T) {\n\tt.Errorf(\"want 1, got %d\", 2)\n}\n");

        var run = await BuildHarness.RunAsync(new GoReleaseBuild(), project, project.Environment(("GITHUB_ACTIONS", "true")), "Test");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("::error file=broken_test.go,line=6,title=go test", run.Output, StringComparison.Ordinal);
        Assert.Contains("TestBroken: want 1, got 2", run.Output, StringComparison.Ordinal);
        Assert.Contains("1 Go test(s) failed: TestBroken", run.Output, StringComparison.Ordinal);
        Assert.Matches(@"[1-9]\d* passed, 1 failed", run.Output);
    }

    [Fact]
    public void Summary_lists_counts_and_the_slowest_tests_first()
    {
        var summary = new GoTestSummary(
            [new GoTestPackageResult("example.com/p", GoTestOutcome.Fail, TimeSpan.FromSeconds(3), [
                new GoTestResult("example.com/p", "TestFast", GoTestOutcome.Pass, TimeSpan.FromSeconds(0.01), ""),
                new GoTestResult("example.com/p", "TestSlow", GoTestOutcome.Fail, TimeSpan.FromSeconds(2.5), ""),
                new GoTestResult("example.com/p", "TestSkipped", GoTestOutcome.Skip, TimeSpan.Zero, "")], "")],
            "");

        var lines = GoTests.Describe(summary);

        Assert.Equal("Go tests: 1 package(s) (1 failed), 3 test(s): 1 passed, 1 failed, 1 skipped", lines[0]);
        Assert.Equal("Slowest tests:", lines[1]);
        Assert.Equal("     2.50 s  TestSlow (example.com/p)", lines[2]);
        Assert.Equal("     0.01 s  TestFast (example.com/p)", lines[3]);
    }
}
