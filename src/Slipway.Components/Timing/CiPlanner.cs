using System.Globalization;
using Slipway.Components.CiGeneration;
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
    public static bool IsGitLab(Pipeline pipeline) => pipeline?.Syntax == PipelineSyntax.GitLabCi;

    /// <summary>The pipeline's key in a <see cref="Baseline"/>: the workflow file name, or <c>gitlab</c>.</summary>
    public static string PipelineKey(Pipeline pipeline) =>
        IsGitLab(pipeline) ? BaselineBuilder.GitLabPipelineKey : Path.GetFileName(pipeline.FilePath);

    /// <summary>
    /// The targets a job runs: as the compiler recorded them (<see cref="PipelineJob.Targets"/>), else, for a pipeline
    /// written by hand, the words after <c>./build.sh</c> in its command up to the first option.
    /// </summary>
    public static IReadOnlyList<string> TargetsOf(PipelineJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        if (job.Targets.Count > 0)
        {
            return job.Targets;
        }

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

    /// <summary>
    /// What a gate job costs when nothing measured it: it checks nothing out and sets nothing up, so only the runner's
    /// start and one shell line.
    /// </summary>
    public static TimeSpan DefaultGateOverhead => TimeSpan.FromSeconds(5);

    /// <summary>
    /// One plan per kind of run the pipeline starts for (pull request, default branch, tag), each with only the jobs
    /// that kind starts, kinds that start the same jobs sharing one; empty when no kind starts it (a schedule, changed
    /// paths or a manual start only). With <paramref name="runners"/>, jobs queue for that many runners.
    /// </summary>
    public static IReadOnlyList<CiPlan> PlanKinds(Pipeline pipeline, Baseline? baseline, IReadOnlyDictionary<string, double> localTargetSeconds, TimeSpan? overhead, TimeSpan? compileSaved = null, int? runners = null)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        var plans = new List<CiPlan>();
        foreach (var kind in Enum.GetValues<PipelineKind>())
        {
            if (PipelineSelection.For(pipeline, kind) is not { } selection)
            {
                continue;
            }

            var same = plans.FindIndex(p => p.Jobs.Select(j => j.Id).SequenceEqual(selection.Selected.Jobs.Select(j => j.Id), StringComparer.Ordinal));
            if (same >= 0)
            {
                plans[same] = plans[same] with { Kinds = [.. plans[same].Kinds, kind] };
            }
            else
            {
                plans.Add(Plan(selection.Selected, baseline, localTargetSeconds, overhead, compileSaved, runners) with { Kinds = [kind], LeftOut = selection.LeftOut });
            }
        }

        return plans;
    }

    /// <summary>Plans <paramref name="pipeline"/>, every job of it.</summary>
    /// <param name="pipeline">The generated pipeline.</param>
    /// <param name="baseline">The baseline, or null.</param>
    /// <param name="localTargetSeconds">Target durations measured locally (<see cref="LocalTargetSeconds"/>).</param>
    /// <param name="overhead">Setup overhead per job given by the user; null to measure or assume it.</param>
    /// <param name="compileSaved">What compiling the build program takes (measured by <c>build.sh</c>): each job that restores it from a cache saves that.</param>
    /// <param name="runners">How many jobs run at once; null: every ready job starts.</param>
    public static CiPlan Plan(Pipeline pipeline, Baseline? baseline, IReadOnlyDictionary<string, double> localTargetSeconds, TimeSpan? overhead, TimeSpan? compileSaved = null, int? runners = null)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(localTargetSeconds);
        var system = IsGitLab(pipeline) ? CiSystem.GitLab : CiSystem.GitHub;
        var key = PipelineKey(pipeline);
        var jobBaselines = baseline?.Pipelines.GetValueOrDefault(key)?.Jobs ?? new Dictionary<string, JobBaseline>(StringComparer.Ordinal);
        JobBaseline? BaselineOf(PipelineJob job) => jobBaselines.GetValueOrDefault(job.Id) ?? jobBaselines.GetValueOrDefault(job.DisplayName);

        var measured = pipeline.Jobs.Where(j => !j.Gate).Select(BaselineOf)
            .Where(j => j?.DurationSeconds is not null && j.RunSeconds is not null)
            .Select(j => Math.Max(0, j!.DurationSeconds!.Median - j.RunSeconds!.Median))
            .ToList();
        var (setup, overheadSource) = overhead is { } given ? (given, "--ci-setup-overhead")
            : measured.Count > 0 ? (Seconds(Percentiles.Median(measured)), $"measured: median job duration minus Slipway run over {measured.Count} baseline jobs")
            : (DefaultOverhead(system), $"assumed for {(system == CiSystem.GitHub ? "GitHub Actions" : "GitLab CI")}; set --ci-setup-overhead");
        var gates = pipeline.Jobs.Where(j => j.Gate).Select(BaselineOf).Where(j => j?.DurationSeconds is not null).Select(j => j!.DurationSeconds!.Median).ToList();
        var gateOverhead = gates.Count > 0 ? Seconds(Percentiles.Median(gates)) : DefaultGateOverhead;

        var jobs = new List<PlannedJob>();
        foreach (var job in pipeline.Jobs)
        {
            var targets = TargetsOf(job);
            var fromBaseline = BaselineOf(job);
            var caches = fromBaseline?.Caches ?? new Dictionary<string, CacheHitRate>(StringComparer.Ordinal);
            var saved = compileSaved is { } compile && CachesBuildProgram(job) ? compile : TimeSpan.Zero;
            if (job.Gate)
            {
                jobs.Add(new PlannedJob(job.Id, job.Needs, [], TimeSpan.Zero, "gate", []) { Overhead = gateOverhead, Caches = caches });
            }
            else if (fromBaseline?.RunSeconds is { } run)
            {
                jobs.Add(new PlannedJob(job.Id, job.Needs, targets, Seconds(run.Median), "baseline", []) { Overhead = setup, CompileSaved = saved, Caches = caches });
            }
            else if (fromBaseline?.DurationSeconds is { } duration)
            {
                jobs.Add(new PlannedJob(job.Id, job.Needs, targets, Seconds(Math.Max(0, duration.Median - setup.TotalSeconds)), "baseline", []) { Overhead = setup, CompileSaved = saved, Caches = caches });
            }
            else
            {
                var unmeasured = targets.Where(t => !localTargetSeconds.ContainsKey(t)).ToList();
                var work = targets.Sum(t => localTargetSeconds.GetValueOrDefault(t));
                jobs.Add(new PlannedJob(job.Id, job.Needs, targets, Seconds(work), unmeasured.Count == targets.Count ? "unknown" : "local", unmeasured) { Overhead = setup, CompileSaved = saved, Caches = caches });
            }
        }

        var overheads = jobs.ToDictionary(j => j.Id, j => j.Overhead, StringComparer.Ordinal);
        var estimate = PipelineEstimator.Estimate(pipeline, jobs.ToDictionary(j => j.Id, j => j.Work, StringComparer.Ordinal), j => overheads[j.Id], setup, runners);
        if (SerialFromTargets(jobs, jobBaselines, localTargetSeconds) is { } serialWork)
        {
            // One job runs a dependency that several jobs fold in once, so it is counted once.
            estimate = estimate with { Serial = setup + serialWork };
        }

        var billed = BaselineBuilder.BilledMinutes(jobs.Select(j => (j.Overhead + j.Work).TotalSeconds));
        var serialBilled = BaselineBuilder.BilledMinutes([estimate.Serial.TotalSeconds]);
        return new CiPlan(key, pipeline.FilePath, system, jobs, estimate, overheadSource, billed, serialBilled) { Runners = runners };
    }

    /// <summary>The CI system of the pipeline a baseline key names: <see cref="BaselineBuilder.GitLabPipelineKey"/> is GitLab's one file, every other key a workflow.</summary>
    public static CiSystem SystemOf(string pipelineKey) =>
        string.Equals(pipelineKey, BaselineBuilder.GitLabPipelineKey, StringComparison.Ordinal) ? CiSystem.GitLab : CiSystem.GitHub;

    /// <summary>
    /// What the partition optimizer weighs for the pipeline <paramref name="key"/>: each target's median from the
    /// baseline, else from local timings; the setup overhead measured (median job duration minus Slipway run), given,
    /// or assumed; a gate's assumed cost. Null when neither the baseline nor local timings know any target.
    /// </summary>
    public static PartitionCosts? Costs(string key, CiSystem system, Baseline? baseline, IReadOnlyDictionary<string, double> localTargetSeconds, TimeSpan? overhead)
    {
        ArgumentNullException.ThrowIfNull(localTargetSeconds);
        var jobs = baseline?.Pipelines.GetValueOrDefault(key)?.Jobs ?? new Dictionary<string, JobBaseline>(StringComparer.Ordinal);
        var seconds = new Dictionary<string, double>(localTargetSeconds, StringComparer.Ordinal);
        foreach (var (target, stats) in jobs.Values.SelectMany(j => j.Targets).GroupBy(t => t.Key, StringComparer.Ordinal).Select(g => (g.Key, g.Max(t => t.Value.Median))))
        {
            seconds[target] = stats;
        }

        if (seconds.Count == 0)
        {
            return null;
        }

        var measured = jobs.Values.Where(j => j.DurationSeconds is not null && j.RunSeconds is not null)
            .Select(j => Math.Max(0, j.DurationSeconds!.Median - j.RunSeconds!.Median)).ToList();
        var setup = overhead ?? (measured.Count > 0 ? Seconds(Percentiles.Median(measured)) : DefaultOverhead(system));
        var source = jobs.Count > 0 ? $"baseline ({key})" : "local timings";
        return new PartitionCosts(seconds, setup, DefaultGateOverhead, source);
    }

    /// <summary>The work of every target once, when each has a duration (the baseline's, else a local one); else null.</summary>
    private static TimeSpan? SerialFromTargets(IReadOnlyList<PlannedJob> jobs, IReadOnlyDictionary<string, JobBaseline> baselines, IReadOnlyDictionary<string, double> local)
    {
        var measured = new Dictionary<string, double>(local, StringComparer.Ordinal);
        foreach (var (target, stats) in baselines.Values.SelectMany(j => j.Targets))
        {
            measured[target] = stats.Median;
        }

        var targets = jobs.SelectMany(j => j.Targets).Distinct(StringComparer.Ordinal).ToList();
        return targets.Count > 0 && targets.All(measured.ContainsKey) && jobs.All(j => j.Source is "local" or "gate")
            ? Seconds(targets.Sum(t => measured[t]))
            : null;
    }

    /// <summary>Whether the job restores the compiled build program from a CI cache (so a warm cache skips compiling).</summary>
    public static bool CachesBuildProgram(PipelineJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        return job.Setup.OfType<DotNetSetup>().Any(d => d.ProgramCache is not null)
            || job.Caches.Any(c => c.Paths.Contains(CiGeneration.BuildProgram.Directory, StringComparer.Ordinal));
    }

    /// <summary>Milliseconds are plenty, and rounding keeps the output identical from run to run.</summary>
    private static TimeSpan Seconds(double seconds) => TimeSpan.FromMilliseconds(Math.Round(seconds * 1000));

    /// <summary><c>m:ss.f</c>.</summary>
    internal static string Format(TimeSpan duration) => SummaryWriter.Format(duration);

    /// <summary>Minutes with one decimal, invariant.</summary>
    internal static string Minutes(TimeSpan duration) => duration.TotalMinutes.ToString("0.0", CultureInfo.InvariantCulture);
}
