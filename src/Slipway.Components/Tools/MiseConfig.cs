using System.Text.RegularExpressions;

namespace Slipway.Components.Tools;

/// <summary>
/// The <c>[tools]</c> table of mise's configuration: the one place tool versions live. The tool locator installs
/// from it and the CI generators pin setup steps to it, so both read it through this class.
/// </summary>
public sealed partial class MiseConfig
{
    /// <summary>The configuration files mise reads, in the order Slipway looks for them.</summary>
    public static readonly IReadOnlyList<string> FileNames = [".mise/config.toml", "mise.toml", ".mise.toml"];

    private MiseConfig(string? path, string source, IReadOnlyDictionary<string, string> pins)
    {
        Path = path;
        Source = source;
        Pins = pins;
    }

    /// <summary>The file read; null when the directory has none.</summary>
    public string? Path { get; }

    /// <summary>The file name used in messages.</summary>
    public string Source { get; }

    /// <summary>Tool name (as written, e.g. <c>aqua:goreleaser/goreleaser</c>) to pinned version.</summary>
    public IReadOnlyDictionary<string, string> Pins { get; }

    /// <summary>Reads the first configuration file found under <paramref name="rootDirectory"/>; pins nothing when there is none.</summary>
    public static MiseConfig Load(string rootDirectory)
    {
        var found = FileNames.FirstOrDefault(f => File.Exists(System.IO.Path.Combine(rootDirectory, f)));
        if (found is null)
        {
            return new MiseConfig(null, FileNames[0], new Dictionary<string, string>(StringComparer.Ordinal));
        }

        var path = System.IO.Path.Combine(rootDirectory, found);
        return Parse(File.ReadAllText(path), found) is var parsed ? new MiseConfig(path, found, parsed.Pins) : parsed;
    }

    /// <summary>
    /// Parses the <c>[tools]</c> table: <c>go = "1.25.5"</c>, <c>node = ["22", "20"]</c> (the first wins) and
    /// <c>python = { version = "3.12" }</c>. A line there it cannot read fails with its line number.
    /// </summary>
    public static MiseConfig Parse(string toml, string source = ".mise/config.toml")
    {
        ArgumentNullException.ThrowIfNull(toml);
        var pins = new Dictionary<string, string>(StringComparer.Ordinal);
        var inTools = false;
        var lines = toml.Split('\n');
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

            var match = Entry().Match(line);
            if (!match.Success)
            {
                throw new BuildConfigurationException(
                    $"{source} line {i + 1}: cannot read the tool pin '{line}'. Write it as name = \"version\" or name = {{ version = \"version\" }}.");
            }

            pins[match.Groups["key"].Value] = match.Groups["version"].Value;
        }

        return new MiseConfig(null, source, pins);
    }

    /// <summary>The version pinned for <paramref name="tool"/>, by full name or by the short name after a backend prefix.</summary>
    public string? VersionOf(string tool) =>
        Pins.TryGetValue(tool, out var exact) ? exact
        : Pins.FirstOrDefault(p => string.Equals(ShortName(p.Key), tool, StringComparison.Ordinal)).Value;

    /// <summary>The pinned version of <paramref name="tool"/>, which <paramref name="neededBy"/> cannot do without.</summary>
    /// <exception cref="BuildConfigurationException">The tool is not pinned.</exception>
    public string Require(string tool, string neededBy) =>
        VersionOf(tool) ?? throw new BuildConfigurationException(
            $"{neededBy} requires tool '{tool}', but {Source} pins no version of it under [tools]. Add a line such as {tool} = \"<version>\" there (the one place tool versions live).");

    private static string ShortName(string key) => key[(Math.Max(key.LastIndexOf(':'), key.LastIndexOf('/')) + 1)..];

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

    [GeneratedRegex("""^"?(?<key>[A-Za-z0-9_.:/@-]+)"?\s*=\s*(?:\[\s*|\{\s*version\s*=\s*)?"(?<version>[^"]+)".*$""", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Entry();
}
