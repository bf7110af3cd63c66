using System.Globalization;
using Slipway.Reporting;

namespace Slipway.Components.Timing;

/// <summary>
/// This run's timings against the baseline of its job: regressions (over median x (1 + threshold)) and notes about
/// what could not be compared. Data only: the caller decides whether a regression warns or fails the build.
/// </summary>
/// <param name="Pipeline">Baseline pipeline the job was found in; null when none.</param>
/// <param name="Job">The run's CI job.</param>
/// <param name="Threshold">Allowed slowdown as a fraction (0.25 = 25 %).</param>
/// <param name="Compared">How many measurements (targets and the job) had a baseline and were compared.</param>
/// <param name="Regressions">Measurements over the limit.</param>
/// <param name="Notes">Why something was not compared (no baseline, unknown job or target); never errors.</param>
public sealed record TimingComparison(
    string? Pipeline, string? Job, double Threshold, int Compared, IReadOnlyList<TimingRegression> Regressions, IReadOnlyList<string> Notes)
{
    /// <summary>True when at least one measurement regressed.</summary>
    public bool HasRegressions => Regressions.Count > 0;

    /// <summary>
    /// Compares targets that ran (succeeded or failed) and the job's whole run with the baseline medians. A measurement
    /// regresses when it exceeds <c>median x (1 + threshold)</c> strictly.
    /// </summary>
    /// <param name="run">This run's timings document.</param>
    /// <param name="baseline">The baseline; null when there is none (gives a note).</param>
    /// <param name="threshold">Allowed slowdown as a non-negative fraction.</param>
    /// <param name="pipeline">Baseline pipeline (workflow file or <c>gitlab</c>) to look the job up in; found by job name when null.</param>
    public static TimingComparison Compare(RunTimings run, Baseline? baseline, double threshold, string? pipeline = null)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentOutOfRangeException.ThrowIfNegative(threshold);
        var notes = new List<string>();
        TimingComparison Result(string? pipelineKey, int compared = 0, List<TimingRegression>? regressions = null) =>
            new(pipelineKey, run.Job, threshold, compared, regressions ?? [], notes);

        if (baseline is null)
        {
            notes.Add($"No timing baseline ({Baseline.DefaultPath}); nothing compared. Capture one with ./build.sh CaptureBaseline.");
            return Result(null);
        }

        if (run.Job is null)
        {
            notes.Add("This run has no CI job name (a local run); baselines are per CI job, nothing compared.");
            return Result(null);
        }

        var candidates = baseline.Pipelines
            .Where(p => (pipeline is null || string.Equals(p.Key, pipeline, StringComparison.Ordinal)) && p.Value.Jobs.ContainsKey(run.Job))
            .Select(p => p.Key).Order(StringComparer.Ordinal).ToList();
        if (candidates.Count != 1)
        {
            notes.Add(candidates.Count == 0
                ? $"No baseline for job {run.Job}{(pipeline is null ? "" : $" in pipeline {pipeline}")}; nothing compared. Recapture the baseline once the job has run on CI."
                : $"Job {run.Job} is in several baseline pipelines ({string.Join(", ", candidates)}); say which one to compare with.");
            return Result(null);
        }

        var key = candidates[0];
        var job = baseline.Pipelines[key].Jobs[run.Job];
        var regressions = new List<TimingRegression>();
        var compared = 0;
        void Check(string name, TimingScope scope, SampleStats baselineStats, double actual)
        {
            if (baselineStats.Median <= 0)
            {
                notes.Add($"{scope} {name}: baseline median is 0 s; not compared.");
                return;
            }

            compared++;
            if (actual > baselineStats.Median * (1 + threshold))
            {
                regressions.Add(new TimingRegression(name, scope, baselineStats.Median, actual, Math.Round(actual / baselineStats.Median, 3)));
            }
        }

        if (job.RunSeconds is { } runStats)
        {
            Check(run.Job, TimingScope.Job, runStats, run.DurationSeconds);
        }
        else if (job.DurationSeconds is { } jobStats)
        {
            notes.Add($"Job {run.Job}: no whole-run baseline from timings artifacts; compared with the CI job duration, which also counts setup steps.");
            Check(run.Job, TimingScope.Job, jobStats, run.DurationSeconds);
        }

        foreach (var target in run.Targets.Where(t => t.Status is "Succeeded" or "Failed"))
        {
            if (job.Targets.TryGetValue(target.Name, out var stats))
            {
                Check(target.Name, TimingScope.Target, stats, target.DurationSeconds);
            }
            else
            {
                notes.Add(string.Create(CultureInfo.InvariantCulture, $"Target {target.Name}: no baseline in job {run.Job} ({target.DurationSeconds:0.#} s this run)."));
            }
        }

        return Result(key, compared, regressions);
    }
}
