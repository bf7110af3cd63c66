using System.Text.RegularExpressions;

namespace Slipway.Components.CiGeneration;

/// <summary>
/// The tool pins of <c>.mise/config.toml</c> (<c>[tools] go = "1.25.5"</c>), the one place tool versions live.
/// Reads the subset of TOML mise configs use for pins: string values and inline tables with a <c>version</c> key.
/// </summary>
public sealed partial class MiseToolVersions
{
    /// <summary>Path of the config, relative to the repository root.</summary>
    public const string ConfigPath = ".mise/config.toml";

    private readonly Dictionary<string, string> _versions;

    private MiseToolVersions(Dictionary<string, string> versions, string source)
    {
        _versions = versions;
        Source = source;
    }

    /// <summary>Where the pins were read from (for messages).</summary>
    public string Source { get; }

    /// <summary>Pinned tools and versions, by tool name.</summary>
    public IReadOnlyDictionary<string, string> Versions => _versions;

    /// <summary>Reads <see cref="ConfigPath"/> under <paramref name="rootDirectory"/>; no file means no pins.</summary>
    public static MiseToolVersions Load(string rootDirectory)
    {
        var path = Path.Combine(rootDirectory, ConfigPath);
        return File.Exists(path) ? Parse(File.ReadAllText(path), ConfigPath) : new(new(StringComparer.Ordinal), ConfigPath);
    }

    /// <summary>Parses config text; <paramref name="source"/> names it in errors.</summary>
    /// <exception cref="BuildConfigurationException">A line in <c>[tools]</c> is not a pin this reader understands.</exception>
    public static MiseToolVersions Parse(string text, string source)
    {
        ArgumentNullException.ThrowIfNull(text);
        var versions = new Dictionary<string, string>(StringComparer.Ordinal);
        var inTools = false;
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = StripComment(lines[i]).Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (line.StartsWith('['))
            {
                inTools = string.Equals(line, "[tools]", StringComparison.Ordinal);
                continue;
            }

            if (!inTools)
            {
                continue;
            }

            var match = Pin().Match(line);
            if (!match.Success)
            {
                throw new BuildConfigurationException(
                    $"{source} line {i + 1}: cannot read the tool pin '{line}'. Write it as name = \"version\" or name = {{ version = \"version\" }}.");
            }

            versions[match.Groups["name"].Value] = match.Groups["version"].Value;
        }

        return new(versions, source);
    }

    /// <summary>The pinned version of <paramref name="tool"/>.</summary>
    /// <exception cref="BuildConfigurationException">The tool is not pinned.</exception>
    public string Require(string tool, string neededBy) =>
        _versions.TryGetValue(tool, out var version)
            ? version
            : throw new BuildConfigurationException(
                $"{neededBy} requires tool '{tool}', but {Source} pins no version of it under [tools]. Add a line such as {tool} = \"<version>\" there (the one place tool versions live).");

    private static string StripComment(string line)
    {
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '"')
            {
                quoted = !quoted;
            }
            else if (line[i] == '#' && !quoted)
            {
                return line[..i];
            }
        }

        return line;
    }

    [GeneratedRegex("""^"?(?<name>[A-Za-z0-9_:./@-]+)"?\s*=\s*(?:"(?<version>[^"]+)"|\{\s*version\s*=\s*"(?<version>[^"]+)"[^}]*\})$""", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, 1000)]
    private static partial Regex Pin();
}
