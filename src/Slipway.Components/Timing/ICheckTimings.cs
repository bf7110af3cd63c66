using Slipway.Hosts;
using Slipway.Reporting;

namespace Slipway.Components.Timing;

/// <summary>
/// <c>CheckTimings</c>: compares a run's job and targets (<c>.nuke/temp/timings.json</c>, written at the end of every
/// run, so run it as the next command after the build) with the baseline. Over <c>median x (1 + threshold)</c> is a
/// warning, or a failure with <c>--timing-gate fail</c>; a missing baseline is reported, never an error.
/// </summary>
public interface ICheckTimings : ITimingSettings
{
    /// <summary>The timings document to check (default <c>.nuke/temp/timings.json</c>, the previous run's).</summary>
    [Parameter("timings.json to check (default .nuke/temp/timings.json: the previous run)")]
    string? TimingsFile => this.GetParameter(() => TimingsFile);

    /// <summary>Baseline pipeline (workflow file or gitlab) to look the job up in; found by job name when unset.</summary>
    [Parameter("Baseline pipeline of the job: workflow file name or gitlab (default: found by job name)")]
    string? TimingPipeline => this.GetParameter(() => TimingPipeline);

    /// <summary>Compares the last run with the baseline.</summary>
    Target CheckTimings => _ => _
        .Description("Compares the last run's job and target durations with .nuke/baseline.json; warns on regressions")
        .Executes(() =>
        {
            var threshold = TimingThreshold ?? 0.25;
            if (threshold < 0 || !double.IsFinite(threshold))
            {
                throw new BuildConfigurationException($"--timing-threshold {threshold} must be a non-negative fraction, e.g. 0.25 for 25 %.");
            }

            var path = Context.PathTo(TimingsFile ?? ".nuke/temp/timings.json");
            if (!File.Exists(path))
            {
                throw new FileNotFoundException($"{path}: no timings to check. Run the targets first (e.g. ./build.sh Test), then ./build.sh CheckTimings, or pass --timings-file.", path);
            }

            var run = RunTimings.Read(path);
            var baseline = Baseline.ReadIfExists(BaselinePath);
            var comparison = TimingComparison.Compare(run, baseline, threshold, TimingPipeline);
            foreach (var line in TimingReport.Summary(run, baseline, comparison))
            {
                Context.Log.Information("{Line}", line);
            }

            foreach (var note in comparison.Notes)
            {
                Context.Log.Information("{Note}", note);
            }

            var regressions = comparison.Regressions.Select(r => TimingReport.Describe(r, threshold)).ToList();
            if (TimingGate == Timing.TimingGate.Fail && regressions.Count > 0)
            {
                throw new InvalidOperationException($"{regressions.Count} timing regression(s) (--timing-gate fail):\n" + string.Join("\n", regressions));
            }

            foreach (var regression in regressions)
            {
                Context.Annotate(AnnotationSeverity.Warning, regression, title: "Timing regression");
            }
        });
}
