using Slipway.Components.Timing;
using Xunit;
using static Slipway.Components.Tests.Timing.TimingSamples;

namespace Slipway.Components.Tests.Timing;

public sealed class TimingComparisonTests
{
    private static Baseline Baseline(SampleStats? runSeconds = null) => new(
        1,
        T("2026-05-07T00:00:00Z"),
        new BaselineSource("GitHub", "o/r", ["ci.yml"], "main", 10),
        new Dictionary<string, PipelineBaseline>(StringComparer.Ordinal)
        {
            ["ci.yml"] = new(
                10,
                new SampleStats(400, 500, 10),
                new SampleStats(9, 10, 10),
                new SampleStats(8, 9, 10),
                new Dictionary<string, JobBaseline>(StringComparer.Ordinal)
                {
                    ["Lint"] = new(
                        new SampleStats(130, 150, 10),
                        null,
                        runSeconds,
                        new Dictionary<string, SampleStats>(StringComparer.Ordinal),
                        new Dictionary<string, SampleStats>(StringComparer.Ordinal) { ["Lint"] = new(80, 90, 10), ["Vet"] = new(50, 60, 10) }),
                }),
        });

    [Fact]
    public void Over_the_threshold_regresses_and_at_or_under_does_not()
    {
        var run = Timings("Lint", 130, ("Lint", "Succeeded", 100.5), ("Vet", "Succeeded", 62.5), ("Restore", "Skipped", 0));

        var result = TimingComparison.Compare(run, Baseline(new SampleStats(100, 120, 10)), threshold: 0.25);

        var job = Assert.Single(result.Regressions, r => r.Scope == TimingScope.Job);
        Assert.Equal(new TimingRegression("Lint", TimingScope.Job, 100, 130, 1.3), job);
        Assert.Equal(new TimingRegression("Lint", TimingScope.Target, 80, 100.5, 1.256), Assert.Single(result.Regressions, r => r.Scope == TimingScope.Target));
        Assert.Equal(3, result.Compared);
        Assert.Equal("ci.yml", result.Pipeline);
        Assert.Empty(result.Notes);
    }

    [Fact]
    public void Under_the_threshold_nothing_regresses()
    {
        var run = Timings("Lint", 124, ("Lint", "Succeeded", 99.9), ("Vet", "Failed", 10));

        var result = TimingComparison.Compare(run, Baseline(new SampleStats(100, 120, 10)), threshold: 0.25);

        Assert.False(result.HasRegressions);
        Assert.Equal(3, result.Compared);
    }

    [Fact]
    public void Missing_baseline_entries_are_notes_never_errors()
    {
        var noBaseline = TimingComparison.Compare(Timings("Lint", 500, ("Lint", "Succeeded", 400)), null, 0.1);
        var unknownJob = TimingComparison.Compare(Timings("Docker", 500), Baseline(), 0.1);
        var newTarget = TimingComparison.Compare(Timings("Lint", 100, ("Format", "Succeeded", 3)), Baseline(), 0.1);
        var local = TimingComparison.Compare(Timings("Lint", 100) with { Job = null }, Baseline(), 0.1);

        Assert.False(noBaseline.HasRegressions);
        Assert.Contains("No timing baseline", Assert.Single(noBaseline.Notes), StringComparison.Ordinal);
        Assert.Contains("No baseline for job Docker", Assert.Single(unknownJob.Notes), StringComparison.Ordinal);
        Assert.Contains(newTarget.Notes, n => n.StartsWith("Target Format: no baseline in job Lint", StringComparison.Ordinal));
        Assert.Contains(newTarget.Notes, n => n.Contains("compared with the CI job duration", StringComparison.Ordinal));
        Assert.Equal(1, newTarget.Compared);
        Assert.Contains("local run", Assert.Single(local.Notes), StringComparison.Ordinal);
        Assert.Equal(0, local.Compared);
    }

    [Fact]
    public void A_negative_threshold_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => TimingComparison.Compare(Timings("Lint", 1), Baseline(), -0.1));
}
