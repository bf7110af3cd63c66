using System.Text.RegularExpressions;

namespace Slipway.Components.Tools;

/// <summary>
/// The <c>[tools]</c> pins of a mise configuration (<c>.mise/config.toml</c>, <c>mise.toml</c> or <c>.mise.toml</c>):
/// <c>go = "1.25.5"</c>, <c>"aqua:goreleaser/goreleaser" = "2.17.1"</c>, <c>tool = ["1.0", "2.0"]</c> or <c>tool = { version = "1.0" }</c>.
/// </summary>
public sealed partial class MiseConfig
{
    private static readonly string[] FileNames = [".mise/config.toml", "mise.toml", ".mise.toml"];

    private MiseConfig(string? path, IReadOnlyDictionary<string, string> pins)
    {
        Path = path;
        Pins = pins;
    }

    /// <summary>The file read, or null when the directory has none.</summary>
    public string? Path { get; }

    /// <summary>Pinned versions by tool name as written in the file.</summary>
    public IReadOnlyDictionary<string, string> Pins { get; }

    /// <summary>Reads the first configuration file found in <paramref name="rootDirectory"/>; an empty config when there is none.</summary>
    public static MiseConfig Load(string rootDirectory)
    {
        var path = FileNames.Select(f => System.IO.Path.Combine(rootDirectory, f)).FirstOrDefault(File.Exists);
        return path is null ? new MiseConfig(null, new Dictionary<string, string>(StringComparer.Ordinal)) : new MiseConfig(path, Parse(File.ReadAllText(path)));
    }

    /// <summary>Parses the <c>[tools]</c> table of TOML text (the forms mise documents; other tables are ignored).</summary>
    public static IReadOnlyDictionary<string, string> Parse(string toml)
    {
        var pins = new Dictionary<string, string>(StringComparer.Ordinal);
        var inTools = false;
        foreach (var raw in toml.Split('\n'))
        {
            var line = raw.Trim();
            if (line.StartsWith('['))
            {
                inTools = string.Equals(line.Split('#')[0].Trim(), "[tools]", StringComparison.Ordinal);
                continue;
            }

            var match = inTools ? Entry().Match(line) : Match.Empty;
            if (match.Success)
            {
                pins[match.Groups["key"].Value] = match.Groups["version"].Value;
            }
        }

        return pins;
    }

    /// <summary>The version pinned for a tool, matching the full key or its short name (<c>aqua:goreleaser/goreleaser</c> is <c>goreleaser</c>).</summary>
    public string? VersionOf(string tool) =>
        Pins.TryGetValue(tool, out var exact) ? exact
        : Pins.FirstOrDefault(p => string.Equals(ShortName(p.Key), tool, StringComparison.Ordinal)).Value;

    private static string ShortName(string key) => key[(Math.Max(key.LastIndexOf(':'), key.LastIndexOf('/')) + 1)..];

    [GeneratedRegex("""^"?(?<key>[A-Za-z0-9_.:/@-]+)"?\s*=\s*(?:\[\s*|\{\s*version\s*=\s*)?"(?<version>[^"]+)".*$""", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Entry();
}
