using System.Text;
using System.Text.RegularExpressions;
using static Slipway.Tests.Reporting.ReportSamples;

namespace Slipway.Tests.Reporting;

public sealed partial class DotenvReportWriterTests
{
    private static Dictionary<string, string> Parse(string text)
    {
        Assert.EndsWith("\n", text, StringComparison.Ordinal);
        var lines = text[..^1].Split('\n');
        Assert.All(lines, l => Assert.Matches(DotenvLine(), l));
        return lines.Select(l => l.Split('=', 2)).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
    }

    [Fact]
    public void Job_duration_status_and_targets_that_ran_become_valid_keys()
    {
        var report = Parse(DotenvReportWriter.Render(Run("lint", 12.3456, ("Restore", "Succeeded", 2.5, null), ("go-vet.v2", "Failed", 1, "exit 1"), ("Test", "Skipped", 0, "skipped by --skip"))));

        Assert.Equal(
            new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["SLIPWAY_JOB_DURATION_SECONDS"] = "12.346",
                ["SLIPWAY_JOB_STATUS"] = "failed",
                ["SLIPWAY_TARGET_RESTORE_SECONDS"] = "2.5",
                ["SLIPWAY_TARGET_GO_VET_V2_SECONDS"] = "1",
            },
            report);
    }

    [Fact]
    public void Many_targets_stay_within_5_KB_and_20_variables_keeping_the_longest()
    {
        var targets = Enumerable.Range(0, 300).Select(i => ($"Target{i:D3}" + new string('x', 60), "Succeeded", (double)i, (string?)null)).ToArray();

        var text = DotenvReportWriter.Render(Run("big", 400, targets));
        var report = Parse(text);

        Assert.True(Encoding.UTF8.GetByteCount(text) <= 5000, $"{Encoding.UTF8.GetByteCount(text)} bytes");
        Assert.True(report.Count <= DotenvReportWriter.MaxVariables, $"{report.Count} variables");
        Assert.Equal("400", report["SLIPWAY_JOB_DURATION_SECONDS"]);
        Assert.Contains("SLIPWAY_TARGET_TARGET299" + new string('X', 60) + "_SECONDS", report.Keys);
        Assert.DoesNotContain("SLIPWAY_TARGET_TARGET000" + new string('X', 60) + "_SECONDS", report.Keys);
        Assert.Equal((300 - (report.Count - 3)).ToString(System.Globalization.CultureInfo.InvariantCulture), report["SLIPWAY_TARGETS_OMITTED"]);
    }

    [Fact]
    public void Names_differing_only_in_case_or_punctuation_keep_the_first()
    {
        var report = Parse(DotenvReportWriter.Render(Run("a", 3, ("build-go", "Succeeded", 1, null), ("Build.Go", "Succeeded", 2, null))));

        Assert.Equal("1", report["SLIPWAY_TARGET_BUILD_GO_SECONDS"]);
        Assert.Equal("1", report["SLIPWAY_TARGETS_OMITTED"]);
        Assert.Equal(4, report.Count);
    }

    [GeneratedRegex("^[A-Z0-9_]+=[0-9a-z.]+$")]
    private static partial Regex DotenvLine();
}
