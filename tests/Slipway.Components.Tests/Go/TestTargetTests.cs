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
        Assert.Matches(@"test -json -race -coverprofile=\S+coverage-0\.out \./\.\.\.", run.Output);
        Assert.Matches(@"Go tests: 1 package\(s\) \(0 failed\), [1-9]\d* test\(s\): [1-9]\d* passed, 0 failed, 0 skipped", run.Output);
        Assert.Contains("Slowest tests:", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Test_writes_a_cobertura_report_with_repository_paths_and_logs_its_total_for_gitlab_and_the_github_summary()
    {
        using var project = new GoProject();
        var summary = project.Combine("summary.md");
        File.WriteAllText(summary, "");

        var run = await BuildHarness.RunAsync(new GoReleaseBuild(), project, project.Environment(("GITHUB_ACTIONS", "true"), ("GITHUB_STEP_SUMMARY", summary)), "Test");

        Assert.True(run.ExitCode == 0, run.Output);
        var total = System.Text.RegularExpressions.Regex.Match(run.Output, @"Coverage: (\d+(?:\.\d+)?)% of statements"); // GitLab's coverage pattern
        Assert.True(total.Success, run.Output);
        Assert.InRange(double.Parse(total.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), 1, 100);
        var report = System.Xml.Linq.XDocument.Load(project.Combine(".nuke/temp/coverage.cobertura.xml"));
        var classes = report.Descendants("class").Select(c => (string)c.Attribute("filename")!).ToList();
        Assert.Contains("sum.go", classes); // relative to the repository, not the import path
        Assert.DoesNotContain(classes, c => c.StartsWith("github.com/", StringComparison.Ordinal));
        Assert.Contains(report.Descendants("line"), l => (int)l.Attribute("hits")! > 0);
        Assert.Contains(report.Descendants("line"), l => (int)l.Attribute("hits")! == 0);
        Assert.Contains($"**Go test coverage:** {total.Groups[1].Value}% of statements", File.ReadAllText(summary), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_tags_select_the_tagged_test_files()
    {
        using var project = new GoProject();
        project.Write("integration_test.go", "//go:build integration\n\npackage main\n\nimport \"testing\"\n\nfunc TestIntegrationOnly(t *testing.T) { t.Log(\"integration suite\") }\n");

        var plain = await BuildHarness.RunAsync(new GoReleaseBuild(), project, project.Environment(), "Test");
        var tagged = await BuildHarness.RunAsync(new GoReleaseBuild(), project, project.Environment(), "Test", "--go-tags", "integration", "--no-cache");

        Assert.True(plain.ExitCode == 0 && tagged.ExitCode == 0, plain.Output + tagged.Output);
        Assert.Contains("-tags=integration", tagged.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("-tags=", plain.Output, StringComparison.Ordinal);
        // The summary names only the slowest tests, so which tests ran shows in the count: exactly the tagged one more.
        Assert.Equal(TestCount(plain.Output) + 1, TestCount(tagged.Output));
    }

    private static int TestCount(string output)
    {
        var count = System.Text.RegularExpressions.Regex.Match(output, @"Go tests: \d+ package\(s\) \(\d+ failed\), (\d+) test\(s\)");
        Assert.True(count.Success, output);
        return int.Parse(count.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
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
