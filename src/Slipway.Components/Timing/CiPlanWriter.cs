using System.Globalization;
using System.Text;

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
        text.Append(CultureInfo.InvariantCulture, $"{plan.Key} ({plan.FilePath}, {(plan.System == CiSystem.GitHub ? "GitHub Actions" : "GitLab CI")}): {plan.Jobs.Count} jobs\n");
        text.Append(CultureInfo.InvariantCulture, $"  setup overhead per job: {CiPlanner.Format(estimate.SetupOverheadPerJob)} ({plan.OverheadSource})\n\n");

        var rows = new List<string[]> { new[] { "Job", "Needs", "Targets", "Work", "+ setup", "Source" } };
        rows.AddRange(plan.Jobs.Select(j => new[]
        {
            (estimate.CriticalPath.Contains(j.Id, StringComparer.Ordinal) ? "* " : "  ") + j.Id,
            j.Needs.Count == 0 ? "-" : string.Join(",", j.Needs),
            j.Targets.Count == 0 ? "-" : string.Join(" ", j.Targets),
            CiPlanner.Format(j.Work),
            CiPlanner.Format(j.Work + estimate.SetupOverheadPerJob),
            j.Source,
        }));
        text.Append(Table(rows, rightAligned: [3, 4]));
        text.Append(CultureInfo.InvariantCulture, $"  critical path (*): {string.Join(" -> ", estimate.CriticalPath)}\n\n");

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
