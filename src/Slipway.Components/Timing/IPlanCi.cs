using Slipway.Hosts;
using Slipway.Reporting;

namespace Slipway.Components.Timing;

/// <summary>
/// <c>PlanCi</c>: for each generated pipeline, its jobs, critical path, estimated wall-clock and runner minutes,
/// beside the same targets run serially in one job, and a runner-minute budget check.
/// </summary>
public interface IPlanCi : ITimingSettings
{
    /// <summary>Setup overhead per CI job; by default measured from the baseline, else 45 s (GitHub) or 60 s (GitLab).</summary>
    [Parameter("Setup overhead per CI job, e.g. 45s (default: measured from the baseline, else 45s GitHub / 60s GitLab)")]
    TimeSpan? CiSetupOverhead => this.GetParameter(() => CiSetupOverhead);

    /// <summary>Billed runner minutes one pipeline run may use; over it warns (fails with --timing-gate fail).</summary>
    [Parameter("Billed runner minutes one pipeline run may use; over it warns, or fails with --timing-gate fail")]
    double? RunnerMinuteBudget => this.GetParameter(() => RunnerMinuteBudget);

    /// <summary>Also plan each pipeline with its jobs partitioned by measured cost, beside the generated and serial plans.</summary>
    [Parameter("Also plan every pipeline with jobs partitioned by measured cost (what OptimizeJobs = true generates), beside the generated and serial plans")]
    bool? Optimize => this.GetParameter(() => Optimize);

    /// <summary>How many jobs of one run the runners take at once; unset: as many as are ready (hosted runners).</summary>
    [Parameter("How many jobs of one run the runners take at once (a small runner pool): estimates queue jobs for them and --optimize partitions for them; default: as many as are ready")]
    int? CiRunners => this.GetParameter(() => CiRunners);

    /// <summary>Local timings documents used when the baseline has no number for a job.</summary>
    [Parameter("timings.json files with local target durations (default .nuke/temp/timings.json)")]
    string[]? TimingsFiles => this.GetParameter(() => TimingsFiles);

    /// <summary>The pipelines with every partition optimised by the baseline's (else local) costs and the budget.</summary>
    IReadOnlyList<Pipelines.Model.Pipeline> OptimisedPipelines(Baseline? baseline, IReadOnlyDictionary<string, double> local) =>
        CiPipelines(settings => settings with
        {
            OptimizeEveryPipeline = true,
            CostsFor = key => CiPlanner.Costs(key, CiPlanner.SystemOf(key), baseline, local, CiSetupOverhead) is { } costs
                ? costs with { RunnerMinuteBudget = RunnerMinuteBudget, Runners = CiRunners }
                : null,
        });

    /// <summary>How long compiling the build program took when <c>build.sh</c> last did it, or null.</summary>
    TimeSpan? CompileSeconds()
    {
        var file = Context.PathTo(CiGeneration.BuildProgram.Directory + "/.compile-seconds");
        return File.Exists(file) && double.TryParse(File.ReadAllText(file).Trim(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var seconds)
            ? TimeSpan.FromSeconds(seconds) : null;
    }

    /// <summary>Prints the cost of every generated pipeline.</summary>
    Target PlanCi => _ => _
        .Description("Estimates each generated CI pipeline: jobs, critical path, wall-clock and runner minutes vs one serial job")
        .Executes(() =>
        {
            var pipelines = CiPipelines();
            if (pipelines.Count == 0)
            {
                throw new InvalidOperationException("The build generates no CI pipeline to plan. Add [GitHubActions] or [GitLab] attributes to the build class (component IGenerateCi).");
            }

            if (CiSetupOverhead < TimeSpan.Zero || RunnerMinuteBudget < 0)
            {
                throw new BuildConfigurationException("--ci-setup-overhead and --runner-minute-budget must not be negative.");
            }

            if (CiRunners < 1)
            {
                throw new BuildConfigurationException($"--ci-runners {CiRunners} is not a number of runners: give 1 or more, or leave it out for as many as are ready.");
            }

            var baseline = Baseline.ReadIfExists(BaselinePath);
            var files = (TimingsFiles is { Length: > 0 } given ? given : [".nuke/temp/timings.json"]).Select(Context.PathTo).ToList();
            var local = CiPlanner.LocalTargetSeconds(files.Where(File.Exists).Select(RunTimings.Read));
            var shownBaseline = Path.GetRelativePath(Context.RootDirectory, BaselinePath).Replace('\\', '/');
            var sources = new List<string>();
            sources.Add(baseline is null ? $"no baseline ({shownBaseline})" : $"baseline {shownBaseline} ({baseline.Source.System} {baseline.Source.Repository}, captured {baseline.CapturedAt.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)})");
            sources.Add($"local timings: {(local.Count == 0 ? "none" : string.Join(", ", files.Where(File.Exists).Select(f => Path.GetRelativePath(Context.RootDirectory, f).Replace('\\', '/'))))}");
            var text = new System.Text.StringBuilder($"Job work from: {string.Join("; ", sources)}\n\n");
            var over = new List<string>();
            var compile = CompileSeconds();
            var optimised = Optimize == true ? OptimisedPipelines(baseline, local) : [];
            foreach (var pipeline in pipelines)
            {
                var plans = CiPlanner.PlanKinds(pipeline, baseline, local, CiSetupOverhead, compile, CiRunners);
                if (plans.Count == 0)
                {
                    text.Append($"{CiPlanner.PipelineKey(pipeline)} ({pipeline.FilePath}): not started by pull requests, default-branch or tag pushes (a schedule, changed paths or a manual start); not planned\n\n");
                }

                var optimisedPlans = optimised.FirstOrDefault(p => string.Equals(p.FilePath, pipeline.FilePath, StringComparison.Ordinal)) is { } other
                    ? CiPlanner.PlanKinds(other, baseline, local, CiSetupOverhead, compile, CiRunners) : [];
                foreach (var plan in plans)
                {
                    text.Append(CiPlanWriter.Render(plan, RunnerMinuteBudget)).Append('\n');
                    if (optimisedPlans.FirstOrDefault(p => p.Kinds.Intersect(plan.Kinds).Any()) is { } better)
                    {
                        text.Append(CiPlanWriter.RenderComparison(plan, better)).Append('\n');
                    }

                    if (RunnerMinuteBudget is { } budget && CiPlanWriter.IsOverBudget(plan, budget))
                    {
                        over.Add($"{plan.Key} ({string.Join(" / ", plan.Kinds.Select(CiPlanWriter.KindName))}) needs {plan.BilledMinutes} billed runner minutes per run, over the budget of {budget.ToString(System.Globalization.CultureInfo.InvariantCulture)} (--runner-minute-budget)");
                    }
                }
            }

            foreach (var line in text.ToString().TrimEnd().Split('\n'))
            {
                Context.Output.WriteLine(null, line); // a report: unprefixed, outside the collapsed group
            }

            foreach (var message in over)
            {
                if (TimingGate != Timing.TimingGate.Fail)
                {
                    Context.Annotate(AnnotationSeverity.Warning, message, title: "Runner-minute budget");
                }
            }

            if (over.Count > 0 && TimingGate == Timing.TimingGate.Fail)
            {
                throw new InvalidOperationException(string.Join("\n", over) + "\nMerge small jobs, cut setup time, or raise the budget.");
            }
        });
}
