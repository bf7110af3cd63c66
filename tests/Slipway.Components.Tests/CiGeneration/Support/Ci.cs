using Slipway.Components.CiGeneration;
using Slipway.Graph;
using Xunit;
using YamlDotNet.RepresentationModel;

namespace Slipway.Components.Tests.CiGeneration.Support;

/// <summary>Generation from a test build class without running it, plus YAML navigation that names a missing key.</summary>
internal static class Ci
{
    public const string MiseConfig = "[tools]\ngo = \"1.25.5\" # the Go pin\ngoreleaser = \"2.17.1\"\n\"golangci-lint\" = { version = \"2.12.2\" }\n";

    public static CiGenerationSettings Settings(string goDependencyFile = "go.sum") => new(
        MiseToolVersions.Parse(MiseConfig, ".mise/config.toml"), goDependencyFile, ["build/*.csproj", "src/*/*.csproj"], ["linux/arm64"],
        a => a.Image ?? GitLabAttribute.DefaultImage);

    public static IReadOnlyList<GeneratedFile> Generate<TBuild>()
        where TBuild : SlipwayBuild, new() =>
        CiFileGenerator.Generate(typeof(TBuild), TargetGraph.Discover(new TBuild()), Settings());

    public static YamlMappingNode File<TBuild>(string path)
        where TBuild : SlipwayBuild, new() =>
        Parse(Generate<TBuild>().Single(f => f.RelativePath == path).Content);

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

    public static IReadOnlyList<string> Strings(this YamlNode node, string key) => node.Seq(key).Select(n => Assert.IsType<YamlScalarNode>(n).Value!).ToList();

    public static IReadOnlyList<string> Keys(this YamlNode node) => Assert.IsType<YamlMappingNode>(node).Children.Keys.Select(k => ((YamlScalarNode)k).Value!).ToList();

    /// <summary>The <c>uses:</c> of every step, without the version.</summary>
    public static IReadOnlyList<string> Actions(this YamlNode job) =>
        job.Seq("steps").Where(s => s.Has("uses")).Select(s => s.Str("uses").Split('@')[0]).ToList();

    /// <summary>The step using <paramref name="action"/> (without version).</summary>
    public static YamlNode Step(this YamlNode job, string action) => job.Seq("steps").Single(s => s.Has("uses") && s.Str("uses").StartsWith(action + "@", StringComparison.Ordinal));
}
