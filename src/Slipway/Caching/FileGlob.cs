namespace Slipway.Caching;

/// <summary>
/// Matches files under the build root against globs relative to it: <c>**</c> spans any number of directories,
/// <c>*</c> and <c>?</c> match within one name, a trailing <c>/</c> means everything under a directory, and a leading
/// <c>!</c> excludes. A file matches when some include matches and no exclusion does, whatever the order.
/// <c>.git</c> and <c>.nuke/temp</c> are never walked (git rewrites its files on every command; <c>.nuke/temp</c>
/// holds the cache records themselves), and directory symlinks are not followed (they can loop).
/// Written here because Microsoft.Extensions.FileSystemGlobbing has no <c>?</c>.
/// </summary>
public sealed class FileGlob
{
    private readonly List<string[]> _includes = [];
    private readonly List<string[]> _excludes = [];

    /// <summary>Parses <paramref name="patterns"/>.</summary>
    /// <exception cref="BuildConfigurationException">A pattern is empty, rooted or climbs out of the root with <c>..</c>.</exception>
    public FileGlob(IEnumerable<string> patterns)
    {
        foreach (var pattern in patterns)
        {
            var exclude = pattern.StartsWith('!');
            (exclude ? _excludes : _includes).Add(Parse(exclude ? pattern[1..] : pattern, pattern));
        }
    }

    /// <summary>The relative paths (forward slashes, sorted ordinally) of the files under <paramref name="root"/> that match.</summary>
    public IReadOnlyList<string> Match(string root)
    {
        var found = new List<string>();
        if (_includes.Count > 0 && Directory.Exists(root))
        {
            Walk(new DirectoryInfo(root), [], found);
        }

        found.Sort(StringComparer.Ordinal);
        return found;
    }

    /// <summary>True when the relative path <paramref name="relativePath"/> (a file) matches.</summary>
    public bool IsMatch(string relativePath)
    {
        var segments = relativePath.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        return _includes.Any(p => Matches(p, 0, segments, 0, directory: false)) && !_excludes.Any(p => Matches(p, 0, segments, 0, directory: false));
    }

    private void Walk(DirectoryInfo directory, List<string> segments, List<string> found)
    {
        foreach (var entry in directory.EnumerateFileSystemInfos())
        {
            segments.Add(entry.Name);
            if (entry is DirectoryInfo sub)
            {
                if (sub.LinkTarget is null && !IsNeverWalked(segments)
                    && _includes.Any(p => Matches(p, 0, segments, 0, directory: true))
                    && !_excludes.Any(p => ExcludesWholeDirectory(p, segments)))
                {
                    Walk(sub, segments, found);
                }
            }
            else if (_includes.Any(p => Matches(p, 0, segments, 0, directory: false)) && !_excludes.Any(p => Matches(p, 0, segments, 0, directory: false)))
            {
                found.Add(string.Join('/', segments));
            }

            segments.RemoveAt(segments.Count - 1);
        }
    }

    private static bool IsNeverWalked(List<string> segments) =>
        (segments.Count == 1 && Is(segments[0], ".git"))
        || (segments.Count == 2 && Is(segments[0], ".nuke") && Is(segments[1], "temp"));

    private static string[] Parse(string text, string original)
    {
        var normalized = text.Trim().Replace('\\', '/');
        while (normalized.StartsWith("./", StringComparison.Ordinal))
        {
            normalized = normalized[2..];
        }

        var segments = normalized.Split('/', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (segments.Count == 0 || normalized.StartsWith('/') || Path.IsPathRooted(normalized) || segments.Contains(".."))
        {
            throw new BuildConfigurationException(
                $"The glob '{original}' is not a path relative to the build root. Write it like 'src/**/*.go', 'dist/' or '!**/*_test.go', without a leading '/' or '..'.");
        }

        if (normalized.EndsWith('/'))
        {
            segments.Add("**");
        }

        // Consecutive ** are one **; collapsing keeps the recursive match linear in practice.
        return [.. segments.Where((s, i) => !Is(s, "**") || i == 0 || !Is(segments[i - 1], "**"))];
    }

    /// <summary>
    /// Matches path segments against pattern segments. For a directory, true means "something under it may match":
    /// the path ran out while the pattern still has segments, or a <c>**</c> was reached.
    /// </summary>
    private static bool Matches(string[] pattern, int p, IReadOnlyList<string> path, int s, bool directory)
    {
        for (; p < pattern.Length; p++, s++)
        {
            if (Is(pattern[p], "**"))
            {
                if (directory)
                {
                    return true;
                }

                // A trailing ** needs at least one name ("dist/**" does not match a file named "dist").
                var first = p == pattern.Length - 1 ? s + 1 : s;
                for (var k = first; k <= path.Count; k++)
                {
                    if (Matches(pattern, p + 1, path, k, directory: false))
                    {
                        return true;
                    }
                }

                return false;
            }

            if (s == path.Count)
            {
                return directory;
            }

            if (!MatchesName(pattern[p], path[s]))
            {
                return false;
            }
        }

        return s == path.Count && !directory;
    }

    private static bool ExcludesWholeDirectory(string[] pattern, List<string> directory) =>
        pattern.Length > 0 && Is(pattern[^1], "**") && Matches(pattern[..^1], 0, directory, 0, directory: false);

    /// <summary>Wildcard match of one name: <c>*</c> any run of characters, <c>?</c> exactly one.</summary>
    private static bool MatchesName(string pattern, string name)
    {
        int p = 0, n = 0, star = -1, resume = 0;
        while (n < name.Length)
        {
            if (p < pattern.Length && pattern[p] == '*')
            {
                star = p++;
                resume = n;
            }
            else if (p < pattern.Length && (pattern[p] == '?' || SameChar(pattern[p], name[n])))
            {
                p++;
                n++;
            }
            else if (star >= 0)
            {
                p = star + 1;
                n = ++resume;
            }
            else
            {
                return false;
            }
        }

        while (p < pattern.Length && pattern[p] == '*')
        {
            p++;
        }

        return p == pattern.Length;
    }

    private static bool Is(string a, string b) => string.Equals(a, b, StringComparison.Ordinal);

    // Windows file names ignore case; elsewhere they do not.
    private static bool SameChar(char a, char b) => a == b || (OperatingSystem.IsWindows() && char.ToUpperInvariant(a) == char.ToUpperInvariant(b));
}
