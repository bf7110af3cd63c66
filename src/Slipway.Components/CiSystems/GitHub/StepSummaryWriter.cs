using System.Globalization;
using System.Text;

using Slipway.Reporting;

namespace Slipway.Components.CiSystems.GitHub;

/// <summary>
/// Renders a run's targets as a Markdown table for GitHub's job summary (<c>$GITHUB_STEP_SUMMARY</c>): target,
/// status, duration, skip or failure reason, and the total. GitHub accepts at most 1 MiB per step; the table is
/// capped far below that (<see cref="MaxRows"/> rows, <see cref="MaxCellLength"/> characters per reason).
/// </summary>
public static class StepSummaryWriter
{
    /// <summary>Most target rows written; the rest are counted in a closing line.</summary>
    public const int MaxRows = 100;

    /// <summary>Longest reason cell, in characters.</summary>
    public const int MaxCellLength = 160;

    /// <summary>The Markdown for <paramref name="timings"/>, ending with a blank line so later summaries stay separate.</summary>
    public static string Render(RunTimings timings, int maxRows = MaxRows)
    {
        ArgumentNullException.ThrowIfNull(timings);
        var failed = timings.Targets.Any(t => t.Status is "Failed" or "NotRun");
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"### Slipway {Cell(timings.Job ?? "run", 80)}: {(failed ? "failed" : "succeeded")} in {Duration(timings.DurationSeconds)}\n\n");
        text.Append("| Target | Status | Duration | Reason |\n|---|---|---:|---|\n");
        foreach (var target in timings.Targets.Take(maxRows))
        {
            text.Append(CultureInfo.InvariantCulture, $"| {Cell(target.Name, 80)} | {target.Status} | {Duration(target.DurationSeconds)} | {Cell(target.SkipReason ?? "", MaxCellLength)} |\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"| **Total** | | **{Duration(timings.DurationSeconds)}** | |\n");
        if (timings.Targets.Count > maxRows)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n{timings.Targets.Count - maxRows} more targets not shown; see .nuke/temp/timings.json.\n");
        }

        if (CacheLine(timings) is { } caches)
        {
            text.Append('\n').Append(caches).Append('\n');
        }

        return text.Append('\n').ToString();
    }

    /// <summary>
    /// One line: what each cache restored, whether the build program had to be compiled, how many targets were up to
    /// date; null when there is nothing to say.
    /// </summary>
    public static string? CacheLine(RunTimings timings)
    {
        ArgumentNullException.ThrowIfNull(timings);
        var parts = new List<string>();
        if (timings.Caches is { Count: > 0 } caches)
        {
            parts.Add("caches: " + string.Join(", ", caches.Select(c => $"{c.Name} {c.Outcome}")));
        }

        if (timings.BuildProgram is { } program)
        {
            parts.Add($"build program {(string.Equals(program, "compiled", StringComparison.Ordinal) ? "compiled" : "not compiled (cached)")}");
        }

        var upToDate = timings.Targets.Count(t => string.Equals(t.Status, "UpToDate", StringComparison.Ordinal));
        if (upToDate > 0)
        {
            parts.Add($"{upToDate} target{(upToDate == 1 ? "" : "s")} up to date");
        }

        return parts.Count == 0 ? null : "Reuse: " + string.Join("; ", parts) + ".";
    }

    /// <summary>Appends <see cref="Render"/> to the summary file (a step may already have written to it).</summary>
    public static void Append(RunTimings timings, string path) => File.AppendAllText(path, Render(timings), new UTF8Encoding(false));

    /// <summary><c>m:ss.f</c>, as in the console summary.</summary>
    private static string Duration(double seconds) => SummaryWriter.Format(TimeSpan.FromSeconds(Math.Max(0, seconds)));

    // A cell is one line; a pipe would end it early, and a long reason is cut rather than inflating the summary.
    private static string Cell(string value, int maxLength)
    {
        var line = value.ReplaceLineEndings(" ").Replace("|", "\\|", StringComparison.Ordinal).Trim();
        return line.Length <= maxLength ? line : line[..(maxLength - 1)].TrimEnd('\\') + "…";
    }
}
