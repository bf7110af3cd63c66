using System.Text;
using System.Text.RegularExpressions;
using static Slipway.Tests.Reporting.ReportSamples;

namespace Slipway.Tests.Reporting;

public sealed class StepSummaryWriterTests
{
    private static List<string[]> Rows(string markdown) =>
        [.. markdown.Split('\n').Where(l => l.StartsWith("| ", StringComparison.Ordinal)).Select(l => Regex.Split(l[1..^1], @"(?<!\\)\|").Select(c => c.Trim()).ToArray())];

    [Fact]
    public void Table_lists_each_target_with_status_duration_and_reason_then_the_total()
    {
        var markdown = StepSummaryWriter.Render(Run("lint", 75.25, ("Restore", "Succeeded", 12.3, null), ("Lint", "Failed", 61.04, "golangci-lint exited with 1"), ("Test", "NotRun", 0, "Lint failed")));

        Assert.StartsWith("### Slipway lint: failed in 1:15.2\n\n| Target | Status | Duration | Reason |\n|---|---|---:|---|\n", markdown, StringComparison.Ordinal);
        var rows = Rows(markdown);
        Assert.Equal(["Target", "Status", "Duration", "Reason"], rows[0]);
        Assert.Equal(["Restore", "Succeeded", "0:12.3", ""], rows[1]);
        Assert.Equal(["Lint", "Failed", "1:01.0", "golangci-lint exited with 1"], rows[2]);
        Assert.Equal(["Test", "NotRun", "0:00.0", "Lint failed"], rows[3]);
        Assert.Equal(["**Total**", "", "**1:15.2**", ""], rows[4]);
        Assert.EndsWith("\n\n", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Pipes_and_newlines_in_reasons_cannot_break_the_table_and_long_reasons_are_cut()
    {
        var markdown = StepSummaryWriter.Render(Run("a", 1, ("A", "Skipped", 0, "condition false: x | y\nsecond line"), ("B", "Failed", 1, new string('e', 5000))));

        var rows = Rows(markdown);
        Assert.Equal("condition false: x \\| y second line", rows[1][3]);
        Assert.Equal(StepSummaryWriter.MaxCellLength, rows[2][3].Length);
        Assert.EndsWith("…", rows[2][3], StringComparison.Ordinal);
        Assert.All(rows, r => Assert.Equal(4, r.Length));
    }

    [Fact]
    public void Many_targets_are_capped_far_below_the_one_MiB_step_limit()
    {
        var targets = Enumerable.Range(0, 5000).Select(i => ($"Target{i:D4}", "Skipped", 0.0, (string?)new string('r', 1000))).ToArray();

        var markdown = StepSummaryWriter.Render(Run("big", 10, targets));

        Assert.Equal(StepSummaryWriter.MaxRows + 2, Rows(markdown).Count); // header, rows, total
        Assert.Contains("\n4900 more targets not shown; see .nuke/temp/timings.json.\n", markdown, StringComparison.Ordinal);
        Assert.True(Encoding.UTF8.GetByteCount(markdown) < 64 * 1024, $"{Encoding.UTF8.GetByteCount(markdown)} bytes");
    }

    [Fact]
    public void Append_keeps_what_earlier_steps_wrote()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "earlier\n");
            StepSummaryWriter.Append(Run("a", 1, ("A", "Succeeded", 1, null)), path);
            StepSummaryWriter.Append(Run("b", 2, ("B", "Succeeded", 2, null)), path);
            var text = File.ReadAllText(path);
            Assert.StartsWith("earlier\n### Slipway a: succeeded", text, StringComparison.Ordinal);
            Assert.Contains("\n### Slipway b: succeeded in 0:02.0", text, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
