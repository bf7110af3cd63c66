using System.Globalization;
using Slipway.Reporting;

namespace Slipway.Components.Timing;

/// <summary>
/// The lines <c>CheckTimings</c> prints: this job's wall-clock and runner minutes beside the baseline's, the
/// pipeline's baseline wall-clock and runner minutes, and one line per regression.
/// </summary>
public static class TimingReport
{
    /// <summary>The summary lines for <paramref name="run"/> compared as <paramref name="comparison"/>.</summary>
    public static IReadOnlyList<string> Summary(RunTimings run, Baseline? baseline, TimingComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(comparison);
        var lines = new List<string>();
        var seconds = run.DurationSeconds;
        var thisRun = string.Create(
            CultureInfo.InvariantCulture,
            $"Job {run.Job ?? "(local run)"}: wall-clock {Format(seconds)}, runner minutes {seconds / 60:0.00} ({BaselineBuilder.BilledMinutes([seconds])} billed)");
        var pipeline = comparison.Pipeline is { } key ? baseline?.Pipelines.GetValueOrDefault(key) : null;
        var job = pipeline is not null && run.Job is not null ? pipeline.Jobs.GetValueOrDefault(run.Job) : null;
        if ((job?.RunSeconds ?? job?.DurationSeconds) is { } jobStats)
        {
            thisRun += string.Create(
                CultureInfo.InvariantCulture,
                $"; baseline median {Format(jobStats.Median)} (p90 {Format(jobStats.P90)}, {jobStats.Samples} runs), runner minutes {jobStats.Median / 60:0.00}");
        }

        lines.Add(thisRun);
        if (pipeline is not null)
        {
            lines.Add(string.Create(
                CultureInfo.InvariantCulture,
                $"Pipeline {comparison.Pipeline} baseline: wall-clock median {Format(pipeline.WallClockSeconds.Median)} (p90 {Format(pipeline.WallClockSeconds.P90)}), runner minutes median {pipeline.RunnerMinutes.Median:0.#} billed ({pipeline.ExactRunnerMinutes.Median:0.0} exact) over {pipeline.Runs} runs"));
        }

        lines.Add(string.Create(
            CultureInfo.InvariantCulture,
            $"{comparison.Compared} measurements compared against median x {1 + comparison.Threshold:0.##}: {comparison.Regressions.Count} over"));
        return lines;
    }

    /// <summary>One regression as a sentence.</summary>
    public static string Describe(TimingRegression regression, double threshold)
    {
        ArgumentNullException.ThrowIfNull(regression);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{(regression.Scope == TimingScope.Job ? "Job" : "Target")} {regression.Name} took {Format(regression.ActualSeconds)}, {(regression.Ratio - 1) * 100:0}% over its baseline median {Format(regression.BaselineSeconds)} (allowed: +{threshold * 100:0.#}%)");
    }

    private static string Format(double seconds) => SummaryWriter.Format(TimeSpan.FromSeconds(Math.Max(0, seconds)));
}
