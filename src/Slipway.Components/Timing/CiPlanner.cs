using System.Globalization;
using Slipway.Pipelines.Estimation;
using Slipway.Pipelines.Model;
using Slipway.Reporting;

namespace Slipway.Components.Timing;

/// <summary>
/// Estimates generated pipelines for <c>PlanCi</c>. Per job, work comes from the baseline (the median Slipway run
/// inside the job, else the median job duration minus the setup overhead) or, without one, from the sum of its
/// targets' durations in local <c>timings.json</c> files. Setup overhead per job: the given value, else the median
/// (job duration - Slipway run) over the baseline's jobs, else <see cref="DefaultOverhead"/>. Pure: no I/O.
/// </summary>
public static class CiPlanner
{
    /// <summary>The assumed setup overhead per job (checkout, toolchain, caches, artifacts) when nothing measured it.</summary>
    public static TimeSpan DefaultOverhead(CiSystem system) => system == CiSystem.GitHub ? TimeSpan.FromSeconds(45) : TimeSpan.FromSeconds(60);

    /// <summary>Whether <paramref name="pipeline"/> is the GitLab CI file.</summary>
    public static bool IsGitLab(Pipeline pipeline) =>
        string.Equals(Path.GetFileName(pipeline.FilePath), ".gitlab-ci.yml", StringComparison.Ordinal);

    /// <summary>The pipeline's key in a <see cref="Baseline"/>: the workflow file name, or <c>gitlab</c>.</summary>
    public static string PipelineKey(Pipeline pipeline) =>
        IsGitLab(pipeline) ? BaselineBuilder.GitLabPipelineKey : Path.GetFileName(pipeline.FilePath);

    /// <summary>The targets a job's <c>./build.sh A B --skip</c> command runs: the words after the script, up to the first option.</summary>
    public static IReadOnlyList<string> TargetsOf(PipelineJob job)
    {
        var words = job.Command.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var script = Array.FindIndex(words, w => w.EndsWith("build.sh", StringComparison.Ordinal) || w.EndsWith("build.cmd", StringComparison.Ordinal));
        return script < 0 ? [] : [.. words.Skip(script + 1).TakeWhile(w => !w.StartsWith('-'))];
    }

    /// <summary>
    /// The latest successful duration of every target across <paramref name="runs"/> (later documents win when equal
    /// in time), in seconds.
    /// </summary>
    public static IReadOnlyDictionary<string, double> LocalTargetSeconds(IEnumerable<RunTimings> runs)
    {
        var result = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var run in runs.OrderBy(r => r.FinishedAt))
        {
            foreach (var target in run.Targets.Where(t => string.Equals(t.Status, "Succeeded", StringComparison.Ordinal)))
            {
                result[target.Name] = target.DurationSeconds;
            }
        }

        return result;
    }

    /// <summary>Plans <paramref name="pipeline"/>.</summary>
    /// <param name="pipeline">The generated pipeline.</param>
    /// <param name="baseline">The baseline, or null.</param>
    /// <param name="localTargetSeconds">Target durations measured locally (<see cref="LocalTargetSeconds"/>).</param>
    /// <param name="overhead">Setup overhead per job given by the user; null to measure or assume it.</param>
    public static CiPlan Plan(Pipeline pipeline, Baseline? baseline, IReadOnlyDictionary<string, double> localTargetSeconds, TimeSpan? overhead)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(localTargetSeconds);
        var system = IsGitLab(pipeline) ? CiSystem.GitLab : CiSystem.GitHub;
        var key = PipelineKey(pipeline);
        var jobBaselines = baseline?.Pipelines.GetValueOrDefault(key)?.Jobs ?? new Dictionary<string, JobBaseline>(StringComparer.Ordinal);
        JobBaseline? BaselineOf(PipelineJob job) => jobBaselines.GetValueOrDefault(job.Id) ?? jobBaselines.GetValueOrDefault(job.DisplayName);

        var measured = jobBaselines.Values
            .Where(j => j.DurationSeconds is not null && j.RunSeconds is not null)
            .Select(j => Math.Max(0, j.DurationSeconds!.Median - j.RunSeconds!.Median))
            .ToList();
        var (setup, overheadSource) = overhead is { } given ? (given, "--ci-setup-overhead")
            : measured.Count > 0 ? (Seconds(Percentiles.Median(measured)), $"measured: median job duration minus Slipway run over {measured.Count} baseline jobs")
            : (DefaultOverhead(system), $"assumed for {(system == CiSystem.GitHub ? "GitHub Actions" : "GitLab CI")}; set --ci-setup-overhead");

        var jobs = new List<PlannedJob>();
        foreach (var job in pipeline.Jobs)
        {
            var targets = TargetsOf(job);
            var fromBaseline = BaselineOf(job);
            if (job.Gate)
            {
                jobs.Add(new PlannedJob(job.Id, job.Needs, [], TimeSpan.Zero, "gate", []));
            }
            else if (fromBaseline?.RunSeconds is { } run)
            {
                jobs.Add(new PlannedJob(job.Id, job.Needs, targets, Seconds(run.Median), "baseline", []));
            }
            else if (fromBaseline?.DurationSeconds is { } duration)
            {
                jobs.Add(new PlannedJob(job.Id, job.Needs, targets, Seconds(Math.Max(0, duration.Median - setup.TotalSeconds)), "baseline", []));
            }
            else
            {
                var unmeasured = targets.Where(t => !localTargetSeconds.ContainsKey(t)).ToList();
                var work = targets.Sum(t => localTargetSeconds.GetValueOrDefault(t));
                jobs.Add(new PlannedJob(job.Id, job.Needs, targets, Seconds(work), unmeasured.Count == targets.Count ? "unknown" : "local", unmeasured));
            }
        }

        var estimate = PipelineEstimator.Estimate(pipeline, jobs.ToDictionary(j => j.Id, j => j.Work, StringComparer.Ordinal), setup);
        var billed = BaselineBuilder.BilledMinutes(pipeline.Jobs.Select((j, i) => (setup + jobs[i].Work).TotalSeconds));
        var serialBilled = BaselineBuilder.BilledMinutes([estimate.Serial.TotalSeconds]);
        return new CiPlan(key, pipeline.FilePath, system, jobs, estimate, overheadSource, billed, serialBilled);
    }

    /// <summary>Milliseconds are plenty, and rounding keeps the output identical from run to run.</summary>
    private static TimeSpan Seconds(double seconds) => TimeSpan.FromMilliseconds(Math.Round(seconds * 1000));

    /// <summary><c>m:ss.f</c>.</summary>
    internal static string Format(TimeSpan duration) => SummaryWriter.Format(duration);

    /// <summary>Minutes with one decimal, invariant.</summary>
    internal static string Minutes(TimeSpan duration) => duration.TotalMinutes.ToString("0.0", CultureInfo.InvariantCulture);
}
