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

    /// <summary>Local timings documents used when the baseline has no number for a job.</summary>
    [Parameter("timings.json files with local target durations (default .nuke/temp/timings.json)")]
    string[]? TimingsFiles => this.GetParameter(() => TimingsFiles);

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

            var baseline = Baseline.ReadIfExists(BaselinePath);
            var files = (TimingsFiles is { Length: > 0 } given ? given : [".nuke/temp/timings.json"]).Select(Context.PathTo).ToList();
            var local = CiPlanner.LocalTargetSeconds(files.Where(File.Exists).Select(RunTimings.Read));
            var shownBaseline = Path.GetRelativePath(Context.RootDirectory, BaselinePath).Replace('\\', '/');
            var sources = new List<string>();
            sources.Add(baseline is null ? $"no baseline ({shownBaseline})" : $"baseline {shownBaseline} ({baseline.Source.System} {baseline.Source.Repository}, captured {baseline.CapturedAt.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)})");
            sources.Add($"local timings: {(local.Count == 0 ? "none" : string.Join(", ", files.Where(File.Exists).Select(f => Path.GetRelativePath(Context.RootDirectory, f).Replace('\\', '/'))))}");
            var text = new System.Text.StringBuilder($"Job work from: {string.Join("; ", sources)}\n\n");
            var over = new List<string>();
            foreach (var pipeline in pipelines)
            {
                var plan = CiPlanner.Plan(pipeline, baseline, local, CiSetupOverhead);
                text.Append(CiPlanWriter.Render(plan, RunnerMinuteBudget)).Append('\n');
                if (RunnerMinuteBudget is { } budget && CiPlanWriter.IsOverBudget(plan, budget))
                {
                    over.Add($"{plan.Key} needs {plan.BilledMinutes} billed runner minutes per run, over the budget of {budget.ToString(System.Globalization.CultureInfo.InvariantCulture)} (--runner-minute-budget)");
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
