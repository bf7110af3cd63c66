using System.Text;
using System.Text.RegularExpressions;

namespace Slipway.Clients.Docker;

/// <summary>
/// The rules of a <c>.dockerignore</c> file: Go <c>filepath.Match</c> patterns plus <c>**</c>, matched against
/// slash-separated paths relative to the context root; a pattern also excludes everything below a matching
/// directory; <c>!</c> re-includes; the last matching rule wins.
/// </summary>
public sealed class DockerIgnore
{
    private readonly List<(Regex Pattern, bool Exclude, string Source)> _rules;

    private DockerIgnore(List<(Regex, bool, string)> rules) => _rules = rules;

    /// <summary>Rules that exclude nothing.</summary>
    public static DockerIgnore Empty { get; } = new([]);

    /// <summary>Whether any rule is a <c>!</c> exception (then excluded directories must still be walked).</summary>
    public bool HasExceptions => _rules.Exists(r => !r.Exclude);

    /// <summary>The patterns, normalized, in file order (with a leading <c>!</c> for exceptions).</summary>
    public IReadOnlyList<string> Patterns => _rules.ConvertAll(r => r.Exclude ? r.Source : "!" + r.Source);

    /// <summary>Reads <c>.dockerignore</c> from <paramref name="contextDirectory"/>; <see cref="Empty"/> when there is none.</summary>
    public static DockerIgnore Load(string contextDirectory)
    {
        var file = Path.Combine(contextDirectory, ".dockerignore");
        return File.Exists(file) ? Parse(File.ReadAllText(file)) : Empty;
    }

    /// <summary>Parses the text of a <c>.dockerignore</c> file.</summary>
    /// <exception cref="FormatException">A pattern is malformed (e.g. an unclosed <c>[</c>).</exception>
    public static DockerIgnore Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var rules = new List<(Regex, bool, string)>();
        var lineNumber = 0;
        foreach (var raw in text.Split('\n'))
        {
            lineNumber++;
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var exclude = line[0] != '!';
            if (!exclude)
            {
                line = line[1..].Trim();
            }

            var pattern = Normalize(line);
            if (pattern.Length == 0)
            {
                continue;
            }

            try
            {
                rules.Add((new Regex(ToRegex(pattern), RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)), exclude, pattern));
            }
            catch (ArgumentException ex)
            {
                throw new FormatException($".dockerignore line {lineNumber}: pattern '{raw.Trim()}' is malformed ({ex.Message}).", ex);
            }
        }

        return new DockerIgnore(rules);
    }

    /// <summary>Whether <paramref name="relativePath"/> (slash-separated, relative to the context) is excluded.</summary>
    public bool IsExcluded(string relativePath)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        var path = Normalize(relativePath);
        var excluded = false;
        foreach (var (pattern, exclude, _) in _rules)
        {
            if (excluded != exclude && pattern.IsMatch(path))
            {
                excluded = exclude;
            }
        }

        return excluded;
    }

    // Like Go's filepath.Clean on a slash path, minus the leading "/" (patterns are relative to the context root).
    private static string Normalize(string path)
    {
        var parts = new List<string>();
        foreach (var part in path.Replace('\\', '/').Split('/'))
        {
            if (part is "" or ".")
            {
                continue;
            }

            if (string.Equals(part, "..", StringComparison.Ordinal) && parts.Count > 0 && !string.Equals(parts[^1], "..", StringComparison.Ordinal))
            {
                parts.RemoveAt(parts.Count - 1);
            }
            else
            {
                parts.Add(part);
            }
        }

        return string.Join('/', parts);
    }

    private static string ToRegex(string pattern)
    {
        var sb = new StringBuilder("^");
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            switch (c)
            {
                case '*' when i + 1 < pattern.Length && pattern[i + 1] == '*':
                    i++;
                    if (i + 1 < pattern.Length && pattern[i + 1] == '/')
                    {
                        i++;
                        sb.Append("(?:.*/)?"); // "**/" matches zero or more whole directories
                    }
                    else
                    {
                        sb.Append(".*");
                    }

                    break;
                case '*':
                    sb.Append("[^/]*");
                    break;
                case '?':
                    sb.Append("[^/]");
                    break;
                case '[':
                    var end = pattern.IndexOf(']', i + 1);
                    if (end < 0)
                    {
                        throw new ArgumentException("unclosed '['", nameof(pattern));
                    }

                    var body = pattern[(i + 1)..end];
                    if (body.StartsWith('!') || body.StartsWith('^'))
                    {
                        body = "^" + body[1..];
                    }

                    sb.Append('[').Append(body.Replace("\\", "\\\\", StringComparison.Ordinal)).Append(']');
                    i = end;
                    break;
                case '\\' when i + 1 < pattern.Length:
                    i++;
                    sb.Append(Regex.Escape(pattern[i].ToString()));
                    break;
                default:
                    sb.Append(Regex.Escape(c.ToString()));
                    break;
            }
        }

        // A pattern matching a directory excludes everything below it.
        return sb.Append("(?:/.*)?$").ToString();
    }
}
