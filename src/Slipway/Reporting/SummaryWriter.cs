using System.Globalization;
using System.Text;
using Slipway.Execution;

namespace Slipway.Reporting;

/// <summary>Renders the table every run ends with: target, status (with the reason), duration, and the total.</summary>
public static class SummaryWriter
{
    /// <summary>The summary text.</summary>
    public static string Render(RunResult result)
    {
        var nameWidth = Math.Max(6, result.Targets.Select(t => t.Name.Length).DefaultIfEmpty(0).Max()) + 2;
        const int statusWidth = 12;
        var rule = new string('─', nameWidth + statusWidth + 10);
        var text = new StringBuilder();
        text.AppendLine(rule);
        text.Append("Target".PadRight(nameWidth)).Append("Status".PadRight(statusWidth)).AppendLine("Duration".PadLeft(10));
        text.AppendLine(rule);
        foreach (var target in result.Targets)
        {
            text.Append(target.Name.PadRight(nameWidth))
                .Append(target.Status.ToString().PadRight(statusWidth))
                .Append(Format(target.Duration).PadLeft(10));
            if (target.Reason is not null)
            {
                text.Append("   ").Append(target.Reason);
            }

            text.AppendLine();
        }

        text.AppendLine(rule);
        text.Append("Total".PadRight(nameWidth + statusWidth)).AppendLine(Format(result.Duration).PadLeft(10));
        text.AppendLine(rule);
        text.AppendLine(result.Succeeded ? "Build succeeded" : result.Cancelled ? "Build cancelled" : "Build failed");
        return text.ToString();
    }

    /// <summary><c>m:ss.f</c>, the format the summary uses.</summary>
    public static string Format(TimeSpan duration) =>
        string.Create(CultureInfo.InvariantCulture, $"{(int)duration.TotalMinutes}:{duration.Seconds:00}.{duration.Milliseconds / 100}");
}
