using YamlDotNet.RepresentationModel;

namespace Slipway.Tool.Detection;

/// <summary>Small readers over YamlDotNet's node model, for CI files of any shape (a key may hold a scalar, list or map).</summary>
internal static class YamlNodes
{
    /// <summary>The document's root mapping; an empty mapping for an empty file.</summary>
    /// <exception cref="InitException">The text is not YAML, or its root is not a mapping.</exception>
    internal static YamlMappingNode Load(string text, string path)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlDotNet.Core.YamlException ex)
        {
            throw new InitException($"{path}:{ex.Start.Line}: not valid YAML ({ex.Message}). Fix the file, or move it aside, and run slipway init again.", ex);
        }

        return stream.Documents.Count == 0 ? new YamlMappingNode()
            : stream.Documents[0].RootNode as YamlMappingNode ?? throw new InitException($"{path}: the file is not a YAML mapping. Fix it, or move it aside, and run slipway init again.");
    }

    /// <summary>The value of <paramref name="key"/>, or null.</summary>
    internal static YamlNode? Get(this YamlMappingNode mapping, string key) =>
        mapping.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    /// <summary>The value of <paramref name="key"/> as a mapping, or null.</summary>
    internal static YamlMappingNode? Map(this YamlMappingNode mapping, string key) => mapping.Get(key) as YamlMappingNode;

    /// <summary>The scalar value of <paramref name="key"/>, or null.</summary>
    internal static string? Text(this YamlMappingNode mapping, string key) => (mapping.Get(key) as YamlScalarNode)?.Value;

    /// <summary>The strings of a scalar or a list of scalars; empty otherwise.</summary>
    internal static IReadOnlyList<string> Strings(YamlNode? node) => node switch
    {
        YamlScalarNode { Value: { } value } => [value],
        YamlSequenceNode list => [.. list.Children.OfType<YamlScalarNode>().Select(s => s.Value).OfType<string>()],
        _ => [],
    };

    /// <summary>The keys of a mapping, or the strings of a scalar or list (GitHub's <c>on:</c> takes all three).</summary>
    internal static IReadOnlyList<string> Keys(YamlNode? node) => node is YamlMappingNode map
        ? [.. map.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value).OfType<string>()]
        : Strings(node);

    /// <summary>The scalar values of a mapping, by key.</summary>
    internal static IReadOnlyDictionary<string, string> Scalars(YamlMappingNode? mapping) =>
        mapping is null ? new Dictionary<string, string>(StringComparer.Ordinal)
            : mapping.Children.Where(c => c.Key is YamlScalarNode { Value: not null } && c.Value is YamlScalarNode { Value: not null })
                .ToDictionary(c => ((YamlScalarNode)c.Key).Value!, c => ((YamlScalarNode)c.Value).Value!, StringComparer.Ordinal);

    /// <summary>A script given as one string or a list of lines, as one text.</summary>
    internal static string Script(YamlNode? node) => string.Join('\n', Strings(node));
}
