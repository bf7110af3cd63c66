using System.Text;
using Slipway.Planning;

namespace Slipway.Cli;

/// <summary>Renders <c>--plan</c>: waves of targets that can run together, then what is skipped and why.</summary>
public static class PlanWriter
{
    /// <summary>The plan text.</summary>
    public static string Render(ExecutionPlan plan)
    {
        var text = new StringBuilder();
        var waves = plan.Waves;
        for (var i = 0; i < waves.Count; i++)
        {
            text.Append("Wave ").Append(i + 1).Append(": ").AppendLine(string.Join(", ", waves[i].Select(t => t.Name)));
        }

        foreach (var skipped in plan.Targets.Where(t => t.SkipReason is not null))
        {
            text.Append("Skipped: ").Append(skipped.Name).Append(" (").Append(skipped.SkipReason).AppendLine(")");
        }

        return text.ToString();
    }
}
