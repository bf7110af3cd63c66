using System.Text;

namespace Slipway.Clients.GoReleaser.Configuration.Dockerfiles;

/// <summary>
/// Reads a Dockerfile's stages: which run on the build platform (<c>FROM --platform=$BUILDPLATFORM</c>), which hold
/// <c>RUN</c>, and which the final stage uses (through <c>FROM &lt;stage&gt;</c>, <c>COPY --from</c> or <c>RUN --mount=from</c>).
/// Line continuations and comments are handled; unknown instructions are ignored.
/// </summary>
public static class DockerfileInspector
{
    /// <summary>Inspects Dockerfile text; <paramref name="file"/> names it in the result.</summary>
    public static DockerfileInspection Inspect(string text, string file)
    {
        ArgumentNullException.ThrowIfNull(text);
        var stages = new List<(string? Name, string Image, int Line, bool Build, string? Fixed, List<int> Runs, HashSet<string> Needs)>();
        foreach (var (line, instruction) in Instructions(text))
        {
            var words = instruction.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0)
            {
                continue;
            }

            var keyword = words[0].ToUpperInvariant();
            if (string.Equals(keyword, "FROM", StringComparison.Ordinal))
            {
                var flags = words.Skip(1).TakeWhile(w => w.StartsWith("--", StringComparison.Ordinal)).ToList();
                var rest = words.Skip(1 + flags.Count).ToList();
                var image = rest.Count > 0 ? rest[0] : "";
                var name = rest.Count >= 3 && string.Equals(rest[1], "AS", StringComparison.OrdinalIgnoreCase) ? rest[2] : null;
                var platform = flags.Select(f => f.StartsWith("--platform=", StringComparison.Ordinal) ? f["--platform=".Length..] : null).LastOrDefault(p => p is not null);
                var parent = stages.FindLastIndex(s => string.Equals(s.Name, image, StringComparison.OrdinalIgnoreCase));
                var onBuild = platform is not null ? platform.Contains("BUILDPLATFORM", StringComparison.Ordinal) : parent >= 0 && stages[parent].Build;
                var fixedPlatform = platform is not null && !platform.Contains('$', StringComparison.Ordinal) ? platform
                    : platform is null && parent >= 0 ? stages[parent].Fixed : null;
                var needs = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                if (parent >= 0)
                {
                    needs.Add(image);
                }

                stages.Add((name, image, line, onBuild, fixedPlatform, [], needs));
            }
            else if (stages.Count > 0)
            {
                foreach (var from in words.Skip(1).Select(FromReference).OfType<string>())
                {
                    stages[^1].Needs.Add(from);
                }

                if (string.Equals(keyword, "RUN", StringComparison.Ordinal))
                {
                    stages[^1].Runs.Add(line);
                }
            }
        }

        var used = new HashSet<int>();
        void Use(int index)
        {
            if (!used.Add(index))
            {
                return;
            }

            foreach (var need in stages[index].Needs)
            {
                var found = int.TryParse(need, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var number) && number < index
                    ? number : stages.FindLastIndex(index, s => string.Equals(s.Name, need, StringComparison.OrdinalIgnoreCase));
                if (found >= 0 && found < index)
                {
                    Use(found);
                }
            }
        }

        if (stages.Count > 0)
        {
            Use(stages.Count - 1);
        }

        return new DockerfileInspection(file, [.. stages.Select((s, i) => new DockerfileStage(s.Name, s.Image, s.Line, s.Build, s.Fixed, s.Runs, used.Contains(i)))]);
    }

    /// <summary>Reads and inspects a Dockerfile on disk.</summary>
    public static DockerfileInspection InspectFile(string path, string? displayName = null) =>
        Inspect(File.ReadAllText(path), displayName ?? path);

    private static string? FromReference(string word)
    {
        if (word.StartsWith("--from=", StringComparison.Ordinal))
        {
            return word["--from=".Length..];
        }

        // RUN --mount=type=bind,from=builder,source=...
        return word.StartsWith("--mount=", StringComparison.Ordinal)
            ? word["--mount=".Length..].Split(',').Select(p => p.Split('=', 2)).Where(p => p.Length == 2 && string.Equals(p[0], "from", StringComparison.Ordinal)).Select(p => p[1]).FirstOrDefault()
            : null;
    }

    // Joins continuation lines (a trailing backslash), drops comments and blank lines; each instruction keeps its first line number.
    private static IEnumerable<(int Line, string Text)> Instructions(string text)
    {
        var current = new StringBuilder();
        var start = 0;
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (current.Length == 0 && (line.Length == 0 || line.StartsWith('#')))
            {
                continue;
            }

            if (current.Length > 0 && line.StartsWith('#'))
            {
                continue;
            }

            if (current.Length == 0)
            {
                start = i + 1;
            }

            if (line.EndsWith('\\'))
            {
                current.Append(line[..^1]).Append(' ');
                continue;
            }

            current.Append(line);
            yield return (start, current.ToString());
            current.Clear();
        }

        if (current.Length > 0)
        {
            yield return (start, current.ToString());
        }
    }
}
