using System.Text;

namespace Slipway.Components.CiGeneration;

/// <summary>Writes generated files atomically and compares them with what is committed.</summary>
public static class GeneratedFiles
{
    private const int ExcerptLines = 5;

    /// <summary>
    /// Writes each file under <paramref name="rootDirectory"/> through a temporary file and a rename, so a failure
    /// never leaves a half-written file. Files whose content is already right are not touched.
    /// </summary>
    /// <returns>The relative paths that were (re)written.</returns>
    public static IReadOnlyList<string> Write(string rootDirectory, IEnumerable<GeneratedFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var written = new List<string>();
        foreach (var file in files)
        {
            var path = Path.Combine(rootDirectory, file.RelativePath.Replace('/', Path.DirectorySeparatorChar));
            if (File.Exists(path) && string.Equals(File.ReadAllText(path), file.Content, StringComparison.Ordinal))
            {
                continue;
            }

            Slipway.IO.AtomicFile.WriteAllText(path, file.Content);

            written.Add(file.RelativePath);
        }

        return written;
    }

    /// <summary>
    /// The relative paths of <paramref name="files"/> that exist under <paramref name="rootDirectory"/> without the
    /// generated header (<see cref="Pipelines.GeneratedHeader"/>): files someone else wrote, which generation must not replace.
    /// </summary>
    public static IReadOnlyList<string> FindForeign(string rootDirectory, IEnumerable<GeneratedFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        return [.. files.Select(f => f.RelativePath).Where(relative =>
        {
            var path = Path.Combine(rootDirectory, relative.Replace('/', Path.DirectorySeparatorChar));
            return File.Exists(path) && !Pipelines.GeneratedHeader.Marks(File.ReadAllText(path));
        })];
    }

    /// <summary>
    /// One message per file under <paramref name="rootDirectory"/> that is missing or differs from what is generated,
    /// with the first differing lines; empty when everything is current. Line endings are compared as LF, so a
    /// checkout converted to CRLF by git is not reported.
    /// </summary>
    public static IReadOnlyList<string> FindStale(string rootDirectory, IEnumerable<GeneratedFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var problems = new List<string>();
        foreach (var file in files)
        {
            var path = Path.Combine(rootDirectory, file.RelativePath.Replace('/', Path.DirectorySeparatorChar));
            if (!File.Exists(path))
            {
                problems.Add($"{file.RelativePath} is missing.");
                continue;
            }

            var committed = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
            if (!string.Equals(committed, file.Content, StringComparison.Ordinal))
            {
                problems.Add($"{file.RelativePath} differs from what the build generates:\n{Excerpt(committed, file.Content)}");
            }
        }

        return problems;
    }

    /// <summary>A unified-diff-like excerpt of the first differing region: <c>-</c> committed lines, <c>+</c> generated lines.</summary>
    public static string Excerpt(string committed, string generated)
    {
        ArgumentNullException.ThrowIfNull(committed);
        ArgumentNullException.ThrowIfNull(generated);
        var before = committed.Split('\n');
        var after = generated.Split('\n');
        var start = 0;
        while (start < before.Length && start < after.Length && string.Equals(before[start], after[start], StringComparison.Ordinal))
        {
            start++;
        }

        var (endBefore, endAfter) = Resynchronize(before, after, start);
        var text = new StringBuilder();
        text.Append("    @@ line ").Append(start + 1).Append(" @@\n");
        if (start > 0)
        {
            text.Append("     ").Append(before[start - 1]).Append('\n');
        }

        AppendLines(text, '-', before, start, endBefore);
        AppendLines(text, '+', after, start, endAfter);
        return text.ToString().TrimEnd('\n');
    }

    /// <summary>
    /// Where the first differing region ends: the nearest pair of positions (fewest lines skipped on both sides) from
    /// which a few lines agree again, or the ends of both texts.
    /// </summary>
    private static (int Before, int After) Resynchronize(string[] before, string[] after, int start)
    {
        const int Agreeing = 3;
        var limit = Math.Max(before.Length, after.Length) - start;
        for (var skipped = 1; skipped <= limit; skipped++)
        {
            for (var a = 0; a <= skipped; a++)
            {
                var (i, j) = (start + a, start + skipped - a);
                if (i <= before.Length && j <= after.Length && Agree(before, i, after, j, Agreeing))
                {
                    return (i, j);
                }
            }
        }

        return (before.Length, after.Length);
    }

    private static bool Agree(string[] before, int i, string[] after, int j, int count)
    {
        var n = Math.Min(count, Math.Min(before.Length - i, after.Length - j));
        if (n < count && (before.Length - i != after.Length - j))
        {
            return false; // Near the end, agreement means both texts end the same way.
        }

        for (var k = 0; k < n; k++)
        {
            if (!string.Equals(before[i + k], after[j + k], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static void AppendLines(StringBuilder text, char marker, string[] lines, int start, int end)
    {
        foreach (var line in lines.Skip(start).Take(Math.Min(end - start, ExcerptLines)))
        {
            text.Append("    ").Append(marker).Append(' ').Append(line).Append('\n');
        }

        if (end - start > ExcerptLines)
        {
            text.Append("    ").Append(marker).Append(" ... (").Append(end - start - ExcerptLines).Append(" more lines)\n");
        }
    }
}
