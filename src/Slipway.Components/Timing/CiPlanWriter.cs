using System.Globalization;
using System.Text;
using Slipway.Pipelines.Estimation;

namespace Slipway.Components.Timing;

/// <summary>Renders a <see cref="CiPlan"/> as aligned plain text: same plan, same bytes.</summary>
public static class CiPlanWriter
{
    /// <summary>The text for <paramref name="plan"/>; <paramref name="budget"/> adds the runner-minute budget line.</summary>
    public static string Render(CiPlan plan, double? budget)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var text = new StringBuilder();
        var estimate = plan.Estimate;
        var kind = plan.Kinds.Count > 0 ? ", " + string.Join(" / ", plan.Kinds.Select(KindName)) : "";
        text.Append(CultureInfo.InvariantCulture, $"{plan.Key} ({plan.FilePath}, {(plan.System == CiSystem.GitHub ? "GitHub Actions" : "GitLab CI")}{kind}): {plan.Jobs.Count} jobs\n");
        text.Append(CultureInfo.InvariantCulture, $"  setup overhead per job: {CiPlanner.Format(estimate.SetupOverheadPerJob)} ({plan.OverheadSource}); gates: no checkout, no set-up\n");
        if (plan.Runners is { } runners)
        {
            text.Append(CultureInfo.InvariantCulture, $"  runners: {runners} job{(runners == 1 ? "" : "s")} at once (--ci-runners); the wall-clock counts the time jobs queue for one\n");
        }

        text.Append('\n');

        var saving = plan.Jobs.Any(j => j.CompileSaved > TimeSpan.Zero);
        var caches = plan.Jobs.Any(j => j.Caches.Count > 0);
        var header = new List<string> { "Job", "Needs", "Targets", "Work", "+ setup", "Source" };
        header.AddRange(saving ? ["Cache saves"] : []);
        header.AddRange(caches ? ["Cache hits"] : []);
        var rows = new List<string[]> { header.ToArray() };
        rows.AddRange(plan.Jobs.Select(j =>
        {
            var row = new List<string>
            {
                (estimate.CriticalPath.Contains(j.Id, StringComparer.Ordinal) ? "* " : "  ") + j.Id,
                j.Needs.Count == 0 ? "-" : string.Join(",", j.Needs),
                j.Targets.Count == 0 ? "-" : string.Join(" ", j.Targets),
                CiPlanner.Format(j.Work),
                CiPlanner.Format(j.Work + j.Overhead),
                j.Source,
            };
            row.AddRange(saving ? [j.CompileSaved > TimeSpan.Zero ? "compile " + CiPlanner.Format(j.CompileSaved) : "-"] : []);
            row.AddRange(caches ? [j.Caches.Count == 0 ? "-" : string.Join(", ", j.Caches.Select(c => $"{c.Key} {c.Value}"))] : []);
            return row.ToArray();
        }));
        text.Append(Table(rows, rightAligned: [3, 4]));
        text.Append(CultureInfo.InvariantCulture, $"  critical path (*): {string.Join(" -> ", estimate.CriticalPath)}\n");
        if (saving)
        {
            text.Append(CultureInfo.InvariantCulture, $"  build program: restored from the CI cache while the build sources are unchanged; a cold cache adds the compile to those jobs\n");
        }

        foreach (var (job, reason) in plan.LeftOut)
        {
            text.Append(CultureInfo.InvariantCulture, $"  not in this run: {job} ({reason})\n");
        }

        text.Append('\n');

        text.Append(Table(
            [
                ["", $"{plan.Jobs.Count} parallel jobs", "1 serial job"],
                ["Wall-clock", CiPlanner.Format(estimate.WallClock), CiPlanner.Format(estimate.Serial)],
                ["Runner minutes", CiPlanner.Minutes(estimate.RunnerTime), CiPlanner.Minutes(estimate.Serial)],
                ["Billed minutes", plan.BilledMinutes.ToString(CultureInfo.InvariantCulture), plan.SerialBilledMinutes.ToString(CultureInfo.InvariantCulture)],
            ],
            rightAligned: [1, 2]));

        var unmeasured = plan.Jobs.SelectMany(j => j.Unmeasured).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (unmeasured.Count > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"  not measured (counted as 0): {string.Join(", ", unmeasured)}; run ./build.sh {string.Join(' ', unmeasured)} once, or capture a baseline\n");
        }

        if (budget is { } limit)
        {
            text.Append(CultureInfo.InvariantCulture, $"  budget: {plan.BilledMinutes} billed runner minutes {(IsOverBudget(plan, limit) ? "EXCEED" : "within")} {limit.ToString("0.##", CultureInfo.InvariantCulture)} (--runner-minute-budget)\n");
        }

        return text.ToString();
    }

    /// <summary>
    /// The generated plan beside the optimised one (jobs partitioned by measured cost) and one serial job: which jobs the
    /// optimiser merges, and wall-clock, runner and billed minutes of each.
    /// </summary>
    public static string RenderComparison(CiPlan generated, CiPlan optimised)
    {
        ArgumentNullException.ThrowIfNull(generated);
        ArgumentNullException.ThrowIfNull(optimised);
        var text = new StringBuilder();
        var merged = optimised.Jobs.Where(j => j.Id.Contains("-and-", StringComparison.Ordinal)).ToList();
        text.Append(merged.Count == 0
            ? "  optimised partition: the generated one (no merge is faster or cheaper)\n"
            : "  optimised partition: " + string.Join("; ", merged.Select(j => $"{j.Id} runs {string.Join(" ", j.Targets)}")) + "\n");
        text.Append(Table(
            [
                ["", $"generated ({generated.Jobs.Count} jobs)", $"optimised ({optimised.Jobs.Count} jobs)", "serial (1 job)"],
                ["Wall-clock", CiPlanner.Format(generated.Estimate.WallClock), CiPlanner.Format(optimised.Estimate.WallClock), CiPlanner.Format(generated.Estimate.Serial)],
                ["Runner minutes", CiPlanner.Minutes(generated.Estimate.RunnerTime), CiPlanner.Minutes(optimised.Estimate.RunnerTime), CiPlanner.Minutes(generated.Estimate.Serial)],
                ["Billed minutes", generated.BilledMinutes.ToString(CultureInfo.InvariantCulture), optimised.BilledMinutes.ToString(CultureInfo.InvariantCulture), generated.SerialBilledMinutes.ToString(CultureInfo.InvariantCulture)],
            ],
            rightAligned: [1, 2, 3]));
        if (merged.Count > 0)
        {
            text.Append("  set OptimizeJobs = true on the CI attribute to generate the optimised partition (from the committed baseline)\n");
        }

        return text.ToString();
    }

    /// <summary>How a kind of run is named in the plan's heading.</summary>
    public static string KindName(PipelineKind kind) => kind switch
    {
        PipelineKind.PullRequest => "pull/merge request",
        PipelineKind.DefaultBranch => "default branch push",
        _ => "tag push",
    };

    /// <summary>Whether the plan's billed runner minutes exceed <paramref name="budget"/>.</summary>
    public static bool IsOverBudget(CiPlan plan, double budget) => plan?.BilledMinutes > budget;

    private static string Table(List<string[]> rows, int[] rightAligned)
    {
        var widths = Enumerable.Range(0, rows[0].Length).Select(c => rows.Max(r => r[c].Length)).ToArray();
        var text = new StringBuilder();
        foreach (var row in rows)
        {
            var cells = row.Select((cell, c) => rightAligned.Contains(c) ? cell.PadLeft(widths[c]) : cell.PadRight(widths[c]));
            text.Append("  ").Append(string.Join("  ", cells).TrimEnd()).Append('\n');
        }

        return text.ToString();
    }
}
