using System.Globalization;
using System.Text;

using Slipway.Reporting;

namespace Slipway.Components.CiSystems.GitLab;

/// <summary>
/// Writes a GitLab <c>dotenv</c> report (<c>.nuke/temp/timings.env</c>, declared as <c>artifacts: reports: dotenv</c>)
/// with the job's duration and one key per target that ran. GitLab rejects the upload of a report over 5 KB or with
/// more variables than the plan allows (20 on some plans), so the report stays within <see cref="MaxBytes"/> and
/// <see cref="MaxVariables"/>, dropping the shortest targets first.
/// </summary>
public static class DotenvReportWriter
{
    /// <summary>The report's path relative to the build root.</summary>
    public const string RelativePath = ".nuke/temp/timings.env";

    /// <summary>The whole job's wall-clock seconds.</summary>
    public const string JobDurationKey = "SLIPWAY_JOB_DURATION_SECONDS";

    /// <summary>Size limit kept (GitLab's is 5,120 bytes).</summary>
    public const int MaxBytes = 5000;

    /// <summary>Variable limit kept (GitLab's smallest plan limit).</summary>
    public const int MaxVariables = 20;

    /// <summary>
    /// The report text: <c>SLIPWAY_JOB_DURATION_SECONDS</c>, <c>SLIPWAY_JOB_STATUS</c>, then
    /// <c>SLIPWAY_TARGET_&lt;NAME&gt;_SECONDS</c> for targets that ran (name upper-cased, anything but letters, digits
    /// and <c>_</c> replaced by <c>_</c>) in plan order; <c>SLIPWAY_TARGETS_OMITTED</c> counts targets left out.
    /// </summary>
    public static string Render(RunTimings timings)
    {
        ArgumentNullException.ThrowIfNull(timings);
        var failed = timings.Targets.Any(t => t.Status is "Failed" or "NotRun");
        var fixedLines = new List<string>
        {
            Line(JobDurationKey, timings.DurationSeconds),
            "SLIPWAY_JOB_STATUS=" + (failed ? "failed" : "succeeded"),
        };
        var ran = timings.Targets.Where(t => t.Status is "Succeeded" or "Failed").ToList();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var candidates = new List<(int Order, double Seconds, string Line)>();
        foreach (var (target, order) in ran.Select((t, i) => (t, i)))
        {
            var key = "SLIPWAY_TARGET_" + Sanitize(target.Name) + "_SECONDS";
            if (seen.Add(key))
            {
                candidates.Add((order, target.DurationSeconds, Line(key, target.DurationSeconds)));
            }
        }

        // Room for the omitted-count line is always kept; the longest-running targets are the interesting ones.
        const string omittedKey = "SLIPWAY_TARGETS_OMITTED=";
        var budget = MaxBytes - fixedLines.Sum(l => l.Length + 1) - (omittedKey.Length + 6);
        var kept = new List<(int Order, double Seconds, string Line)>();
        foreach (var candidate in candidates.OrderByDescending(c => c.Seconds).ThenBy(c => c.Order))
        {
            if (kept.Count < MaxVariables - fixedLines.Count - 1 && candidate.Line.Length + 1 <= budget)
            {
                kept.Add(candidate);
                budget -= candidate.Line.Length + 1;
            }
        }

        var lines = fixedLines.Concat(kept.OrderBy(k => k.Order).Select(k => k.Line)).ToList();
        if (kept.Count < ran.Count)
        {
            lines.Add(omittedKey + (ran.Count - kept.Count).ToString(CultureInfo.InvariantCulture));
        }

        return string.Join('\n', lines) + "\n";
    }

    /// <summary>Writes <see cref="Render"/> to <paramref name="path"/> through a temporary file.</summary>
    public static void Write(RunTimings timings, string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, Render(timings), new UTF8Encoding(false));
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>A dotenv key part: ASCII letters and digits upper-cased, everything else <c>_</c>.</summary>
    public static string Sanitize(string name) =>
        new([.. name.Select(c => char.IsAsciiLetterOrDigit(c) ? char.ToUpperInvariant(c) : '_')]);

    private static string Line(string key, double seconds) => string.Create(CultureInfo.InvariantCulture, $"{key}={Math.Round(seconds, 3)}");
}
