using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace Slipway.Clients.GoReleaser.Configuration;

/// <summary>
/// One YAML mapping of a configuration being read, with its path (<c>builds[1].ignore[0]</c>) and location. Reading a key
/// marks it known; <see cref="Finish"/> reports the keys nobody asked for. Merge keys (<c>&lt;&lt;: *anchor</c>) are
/// applied here: explicit keys win over merged ones, earlier merged mappings over later ones, as YAML 1.1 says.
/// </summary>
internal sealed class ConfigNode
{
    private readonly Dictionary<string, YamlNode> entries;
    private readonly HashSet<string> known = new(StringComparer.Ordinal);
    private readonly ConfigReading reading;

    public ConfigNode(YamlMappingNode mapping, string path, ConfigReading reading)
    {
        this.reading = reading;
        Path = path;
        Location = reading.LocationOf(mapping);
        entries = Flatten(mapping, reading);
    }

    /// <summary>The configuration path of this mapping, empty for the root.</summary>
    public string Path { get; }

    /// <summary>Where this mapping starts.</summary>
    public SourceLocation Location { get; }

    /// <summary>The keys present, in file order.</summary>
    public IEnumerable<string> Keys => entries.Keys;

    public string ChildPath(string key) => Path.Length == 0 ? key : Path + "." + key;

    public bool Has(string key)
    {
        known.Add(key);
        return entries.ContainsKey(key);
    }

    /// <summary>Where the value of <paramref name="key"/> starts, or this mapping's location when absent.</summary>
    public SourceLocation LocationOf(string key) => entries.TryGetValue(key, out var node) ? reading.LocationOf(node) : Location;

    /// <summary>A scalar value (numbers and booleans as written), or null when absent or <c>~</c>.</summary>
    public string? String(string key)
    {
        known.Add(key);
        if (!entries.TryGetValue(key, out var node))
        {
            return null;
        }

        return node switch
        {
            YamlScalarNode scalar => IsNull(scalar) ? null : scalar.Value,
            _ => throw Shape(key, node, "a single value"),
        };
    }

    /// <summary>A list of scalars; a single scalar counts as a list of one, as GoReleaser's string arrays allow.</summary>
    public IReadOnlyList<string> Strings(string key)
    {
        known.Add(key);
        if (!entries.TryGetValue(key, out var node))
        {
            return [];
        }

        return node switch
        {
            YamlScalarNode scalar => IsNull(scalar) ? [] : [scalar.Value ?? ""],
            YamlSequenceNode sequence => [.. sequence.Children.Select((item, i) => item is YamlScalarNode s ? s.Value ?? ""
                : throw Shape($"{key}[{i}]", item, "a single value"))],
            _ => throw Shape(key, node, "a list of values"),
        };
    }

    /// <summary>A mapping of scalars, in file order.</summary>
    public IReadOnlyDictionary<string, string> Map(string key)
    {
        var child = Child(key);
        if (child is null)
        {
            return new Dictionary<string, string>(StringComparer.Ordinal);
        }

        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in child.Keys.ToList())
        {
            result[name] = child.String(name) ?? "";
        }

        return result;
    }

    /// <summary>A nested mapping, or null when absent.</summary>
    public ConfigNode? Child(string key)
    {
        known.Add(key);
        if (!entries.TryGetValue(key, out var node) || node is YamlScalarNode { Value: null or "" or "~" or "null" })
        {
            return null;
        }

        return node is YamlMappingNode mapping ? reading.Track(new ConfigNode(mapping, ChildPath(key), reading)) : throw Shape(key, node, "a mapping");
    }

    /// <summary>A list of mappings (e.g. <c>builds</c>); each item's path is <c>key[i]</c>.</summary>
    public IReadOnlyList<ConfigNode> Items(string key)
    {
        known.Add(key);
        if (!entries.TryGetValue(key, out var node) || node is YamlScalarNode scalar && IsNull(scalar))
        {
            return [];
        }

        if (node is not YamlSequenceNode sequence)
        {
            throw Shape(key, node, "a list");
        }

        return [.. sequence.Children.Select((item, i) => item is YamlMappingNode mapping
            ? reading.Track(new ConfigNode(mapping, $"{ChildPath(key)}[{i}]", reading))
            : throw Shape($"{key}[{i}]", item, "a mapping"))];
    }

    /// <summary>A list whose items are plain values or mappings (archive <c>files</c>, hooks): each item as one or the other.</summary>
    public IReadOnlyList<(string? Value, ConfigNode? Node, SourceLocation Location)> Mixed(string key)
    {
        known.Add(key);
        if (!entries.TryGetValue(key, out var node) || node is YamlScalarNode scalar && IsNull(scalar))
        {
            return [];
        }

        var items = node is YamlSequenceNode sequence ? sequence.Children : [node];
        return [.. items.Select((item, i) => item switch
        {
            YamlScalarNode value => (value.Value, (ConfigNode?)null, reading.LocationOf(value)),
            YamlMappingNode mapping => ((string?)null, reading.Track(new ConfigNode(mapping, $"{ChildPath(key)}[{i}]", reading)), reading.LocationOf(mapping)),
            _ => throw Shape($"{key}[{i}]", item, "a value or a mapping"),
        })];
    }

    /// <summary>Marks keys as known without reading them (GoReleaser options Slipway does not need).</summary>
    public void Accept(params string[] keys) => known.UnionWith(keys);

    /// <summary>The keys present that nobody read or accepted: kept as <see cref="UnknownKey"/>s.</summary>
    public IEnumerable<UnknownKey> Finish() =>
        entries.Where(e => !known.Contains(e.Key))
            .Select(e => new UnknownKey(ChildPath(e.Key), reading.LocationOf(e.Value), e.Value is YamlScalarNode s ? s.Value : null));

    /// <summary>True for YAML true/yes/on, or a literal "true" template.</summary>
    public static bool IsTrue(string? value) => value is not null && (value.Trim().ToLowerInvariant() is "true" or "yes" or "on");

    private static bool IsNull(YamlScalarNode scalar) =>
        scalar.Style == YamlDotNet.Core.ScalarStyle.Plain && (scalar.Value is null or "" or "~" or "null" or "Null" or "NULL");

    private GoReleaserConfigException Shape(string key, YamlNode node, string expected) =>
        new($"{ChildPath(key)} must be {expected}, not {Describe(node)}.", reading.LocationOf(node));

    private static string Describe(YamlNode node) => node switch
    {
        YamlMappingNode => "a mapping",
        YamlSequenceNode => "a list",
        YamlScalarNode s => "the value '" + s.Value + "'",
        _ => node.NodeType.ToString().ToLower(CultureInfo.InvariantCulture),
    };

    internal static Dictionary<string, YamlNode> Flatten(YamlMappingNode mapping, ConfigReading reading)
    {
        var result = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        var merged = new List<YamlMappingNode>();
        foreach (var (key, value) in mapping.Children)
        {
            var name = key is YamlScalarNode s ? s.Value ?? "" : throw new GoReleaserConfigException("a mapping key must be a plain value.", reading.LocationOf(key));
            if (string.Equals(name, "<<", StringComparison.Ordinal) && key is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain })
            {
                merged.AddRange(value switch
                {
                    YamlMappingNode single => [single],
                    YamlSequenceNode many => many.Children.Select(m => m as YamlMappingNode
                        ?? throw new GoReleaserConfigException("a merge key (<<) takes a mapping or a list of mappings.", reading.LocationOf(m))),
                    _ => throw new GoReleaserConfigException("a merge key (<<) takes a mapping or a list of mappings.", reading.LocationOf(value)),
                });
                continue;
            }

            result[name] = value;
        }

        foreach (var source in merged)
        {
            foreach (var (name, value) in Flatten(source, reading))
            {
                result.TryAdd(name, value);
            }
        }

        return result;
    }
}
