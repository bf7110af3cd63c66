using Xunit;
using YamlDotNet.RepresentationModel;

namespace Slipway.Testing;

/// <summary>Navigation over parsed YAML, failing with the missing key instead of a bare KeyNotFoundException.</summary>
public static class YamlQuery
{
    public static YamlMappingNode Parse(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return Assert.IsType<YamlMappingNode>(stream.Documents.Single().RootNode);
    }

    public static YamlNode Get(this YamlNode node, string key)
    {
        var mapping = Assert.IsType<YamlMappingNode>(node);
        Assert.True(mapping.Children.TryGetValue(new YamlScalarNode(key), out var value), $"Key '{key}' missing; keys: {string.Join(", ", mapping.Keys())}");
        return value!;
    }

    public static bool Has(this YamlNode node, string key) => Assert.IsType<YamlMappingNode>(node).Children.ContainsKey(new YamlScalarNode(key));

    public static string Str(this YamlNode node, string key) => Assert.IsType<YamlScalarNode>(node.Get(key)).Value!;

    public static IReadOnlyList<YamlNode> Seq(this YamlNode node, string key) => Assert.IsType<YamlSequenceNode>(node.Get(key)).Children.ToList();

    public static IReadOnlyList<string> Strings(this YamlNode node, string key) =>
        node.Seq(key).Select(n => Assert.IsType<YamlScalarNode>(n).Value!).ToList();

    public static IReadOnlyList<string> Keys(this YamlNode node) =>
        Assert.IsType<YamlMappingNode>(node).Children.Keys.Select(k => ((YamlScalarNode)k).Value!).ToList();
}
