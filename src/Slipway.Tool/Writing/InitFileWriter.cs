using Slipway.IO;

namespace Slipway.Tool.Writing;

/// <summary>
/// Writes the planned files under the rule of <c>slipway init</c>: a file that is already there is never changed,
/// only reported, unless <c>force</c>; the one exception is adding missing entries to the end of a file
/// (<see cref="PlannedFile.AppendLines"/>), which changes no existing line. Writes are atomic.
/// </summary>
public static class InitFileWriter
{
    /// <summary>Writes <paramref name="files"/> under <paramref name="root"/> (nothing when <paramref name="dryRun"/>) and says what happened to each.</summary>
    public static IReadOnlyList<(PlannedFile File, FileOutcome Outcome)> Write(string root, IEnumerable<PlannedFile> files, bool force, bool dryRun)
    {
        ArgumentNullException.ThrowIfNull(files);
        var outcomes = new List<(PlannedFile, FileOutcome)>();
        foreach (var file in files)
        {
            var path = Path.Combine(root, file.Path.Replace('/', Path.DirectorySeparatorChar));
            var (outcome, content) = Decide(path, file, force);
            if (!dryRun && outcome is FileOutcome.Created or FileOutcome.Appended or FileOutcome.Replaced)
            {
                AtomicFile.WriteAllText(path, content!);
                if (file.Executable && !OperatingSystem.IsWindows())
                {
                    File.SetUnixFileMode(path, File.GetUnixFileMode(path) | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
                }
            }

            outcomes.Add((file, outcome));
        }

        return outcomes;
    }

    private static (FileOutcome Outcome, string? Content) Decide(string path, PlannedFile file, bool force)
    {
        if (!File.Exists(path))
        {
            return (FileOutcome.Created, file.Content);
        }

        var existing = File.ReadAllText(path);
        if (file.AppendLines)
        {
            var present = existing.Split('\n').Select(l => l.Trim()).ToHashSet(StringComparer.Ordinal);
            var missing = file.Content.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !present.Contains(l.Trim()) && !l.StartsWith('#')).ToList();
            if (missing.Count == 0)
            {
                return (FileOutcome.UpToDate, null);
            }

            var separator = existing.Length == 0 || existing.EndsWith('\n') ? "" : "\n";
            var comment = file.Content.Split('\n').FirstOrDefault(l => l.StartsWith('#'));
            return (FileOutcome.Appended, existing + separator + (comment is null ? "" : comment + "\n") + string.Join('\n', missing) + "\n");
        }

        return string.Equals(existing.Replace("\r\n", "\n", StringComparison.Ordinal), file.Content, StringComparison.Ordinal) ? (FileOutcome.UpToDate, null)
            : force ? (FileOutcome.Replaced, file.Content)
            : (FileOutcome.Kept, null);
    }
}
