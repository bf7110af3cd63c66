namespace Slipway.Components.Tools;

/// <summary>
/// The tool versions pinned for mise: the one place tool versions live. The tool locator installs from them and the
/// CI generators pin setup steps to them, so both read them through this class. A directory's files are merged as
/// mise merges them: a later file in <see cref="FileNames"/> overrides an earlier one tool by tool, so the TOML
/// files (<c>.mise/config.toml</c>, <c>mise.toml</c>, <c>.mise.toml</c>...) come before <c>.tool-versions</c>.
/// </summary>
public sealed class MiseConfig
{
    /// <summary>The project files read, lowest precedence first (mise's order; local and conf.d files are left out).</summary>
    public static readonly IReadOnlyList<string> FileNames =
        [ToolVersionsFile.FileName, ".config/mise/config.toml", ".config/mise.toml", ".mise/config.toml", "mise/config.toml", "mise.toml", ".mise.toml"];

    /// <summary>The file named in messages when a directory has no configuration at all.</summary>
    public const string DefaultFile = ".mise/config.toml";

    // Highest precedence first, so the first match of a tool is the one mise uses.
    private readonly IReadOnlyList<MisePin> _pins;

    // The source of WithFallback's pins, which no mise configuration file holds.
    private string? _fallbackSource;

    private MiseConfig(string? path, IReadOnlyList<string> sources, IReadOnlyList<MisePin> pinsHighestFirst)
    {
        Path = path;
        Sources = sources;
        _pins = pinsHighestFirst;
        var merged = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pin in pinsHighestFirst.Reverse())
        {
            merged[pin.Tool] = pin.Version;
        }

        Pins = merged;
    }

    /// <summary>The full path of the file of highest precedence read; null when the directory has none.</summary>
    public string? Path { get; }

    /// <summary>The files read, relative to the root, highest precedence first.</summary>
    public IReadOnlyList<string> Sources { get; }

    /// <summary>The file named in messages: the TOML file of highest precedence read, else <c>.tool-versions</c>, else <see cref="DefaultFile"/>.</summary>
    public string Source =>
        Sources.FirstOrDefault(s => !string.Equals(s, ToolVersionsFile.FileName, StringComparison.Ordinal)) ?? Sources.FirstOrDefault() ?? DefaultFile;

    /// <summary>Tool name (as written, e.g. <c>aqua:goreleaser/goreleaser</c>) to pinned version, after merging.</summary>
    public IReadOnlyDictionary<string, string> Pins { get; }

    /// <summary>Reads and merges the configuration files found under <paramref name="rootDirectory"/>; pins nothing when there are none.</summary>
    /// <exception cref="BuildConfigurationException">A file is not valid TOML or a pin is not a version; the message gives file:line.</exception>
    public static MiseConfig Load(string rootDirectory)
    {
        var found = FileNames.Reverse().Where(f => File.Exists(System.IO.Path.Combine(rootDirectory, f))).ToList();
        var pins = found.SelectMany(f => Read(File.ReadAllText(System.IO.Path.Combine(rootDirectory, f)), f)).ToList();
        return new MiseConfig(found.Count == 0 ? null : System.IO.Path.GetFullPath(System.IO.Path.Combine(rootDirectory, found[0])), found, pins);
    }

    /// <summary>Parses one mise TOML file's <c>[tools]</c> table (see <see cref="MiseTomlFile"/> for the forms read).</summary>
    /// <exception cref="BuildConfigurationException">The text is not valid TOML or a pin is not a version; the message gives file:line.</exception>
    public static MiseConfig Parse(string toml, string source = DefaultFile) => new(null, [source], MiseTomlFile.Read(toml, source));

    /// <summary>Parses one <c>.tool-versions</c> file.</summary>
    public static MiseConfig ParseToolVersions(string text, string source = ToolVersionsFile.FileName) => new(null, [source], ToolVersionsFile.Read(text, source));

    /// <summary>
    /// These pins over <paramref name="fallback"/> (tool to version): versions for tools no file pins, below every file,
    /// such as the versions a migrated CI used. <paramref name="source"/> names where they come from.
    /// </summary>
    public MiseConfig WithFallback(IReadOnlyDictionary<string, string> fallback, string source)
    {
        ArgumentNullException.ThrowIfNull(fallback);
        return fallback.Count == 0 ? this
            : new MiseConfig(Path, [.. Sources, source], [.. _pins, .. fallback.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new MisePin(p.Key, p.Value, source, 0))]) { _fallbackSource = source };
    }

    /// <summary>True when <paramref name="tool"/>'s version comes from <see cref="WithFallback"/>, so <c>mise install</c> would not find it in any file.</summary>
    public bool IsFallback(string tool) => _fallbackSource is not null && string.Equals(PinOf(tool)?.Source, _fallbackSource, StringComparison.Ordinal);

    /// <summary>
    /// The pin of <paramref name="tool"/> that mise uses, by full name or by the short name after a backend prefix:
    /// from the file of highest precedence that pins it (for Go: <c>.mise/config.toml</c> or <c>mise.toml</c>, then <c>.tool-versions</c>).
    /// </summary>
    public MisePin? PinOf(string tool) =>
        _pins.FirstOrDefault(p => string.Equals(p.Tool, tool, StringComparison.Ordinal) || string.Equals(ShortName(p.Tool), tool, StringComparison.Ordinal));

    /// <summary>The version pinned for <paramref name="tool"/> (see <see cref="PinOf"/>); null when none is.</summary>
    public string? VersionOf(string tool) => PinOf(tool)?.Version;

    /// <summary>The pinned version of <paramref name="tool"/>, which <paramref name="neededBy"/> cannot do without.</summary>
    /// <exception cref="BuildConfigurationException">The tool is not pinned.</exception>
    public string Require(string tool, string neededBy) =>
        VersionOf(tool) ?? throw new BuildConfigurationException(
            string.Equals(Source, ToolVersionsFile.FileName, StringComparison.Ordinal)
                ? $"{neededBy} requires tool '{tool}', but {Source} pins no version of it. Add a line such as '{tool} <version>' there (the one place tool versions live)."
                : $"{neededBy} requires tool '{tool}', but {Source} pins no version of it under [tools]. Add a line such as {tool} = \"<version>\" there (the one place tool versions live).");

    /// <summary>mise's name for a tool asdf names otherwise (<c>golang</c> is <c>go</c>), without a <c>core:</c> prefix.</summary>
    internal static string Unalias(string tool) => tool switch
    {
        "golang" => "go",
        "nodejs" => "node",
        "dotnet-core" => "dotnet",
        _ => tool.StartsWith("core:", StringComparison.Ordinal) ? tool["core:".Length..] : tool,
    };

    private static IReadOnlyList<MisePin> Read(string text, string source) =>
        string.Equals(source, ToolVersionsFile.FileName, StringComparison.Ordinal) ? ToolVersionsFile.Read(text, source) : MiseTomlFile.Read(text, source);

    private static string ShortName(string key) => key[(Math.Max(key.LastIndexOf(':'), key.LastIndexOf('/')) + 1)..];
}
