using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Slipway.Clients.GoReleaser.Configuration;

/// <summary>
/// The state of one read: which file each YAML node came from (includes bring nodes from other files), and every
/// mapping visited, so unknown keys can be collected at the end.
/// </summary>
internal sealed partial class ConfigReading
{
    private readonly Dictionary<YamlNode, string> files = new(ReferenceEqualityComparer.Instance);
    private readonly List<ConfigNode> visited = [];
    private readonly Dictionary<YamlNode, YamlNode> standIns = new(ReferenceEqualityComparer.Instance);

    public ConfigReading(string directory) => Directory = directory;

    /// <summary>The project directory; file names are relative to it.</summary>
    public string Directory { get; }

    public SourceLocation LocationOf(YamlNode node)
    {
        var located = standIns.GetValueOrDefault(node, node);
        return new(files.GetValueOrDefault(located, "?"), (int)located.Start.Line, (int)located.Start.Column);
    }

    /// <summary>Makes <paramref name="merged"/> (a mapping built from a file and its includes) report <paramref name="original"/>'s location.</summary>
    public void Adopt(YamlMappingNode merged, YamlMappingNode original) => standIns[merged] = original;

    public ConfigNode Track(ConfigNode node)
    {
        visited.Add(node);
        return node;
    }

    public IEnumerable<UnknownKey> UnknownKeys() => visited.SelectMany(n => n.Finish()).DistinctBy(u => u.Path, StringComparer.Ordinal).OrderBy(u => u.Location.File, StringComparer.Ordinal)
        .ThenBy(u => u.Location.Line).ThenBy(u => u.Location.Column);

    /// <summary>Parses one file into its root mapping (an empty file is an empty mapping), remembering the file of every node.</summary>
    /// <exception cref="GoReleaserConfigException">The file is missing, or not YAML, with file:line:column.</exception>
    public (YamlMappingNode Root, string Text) Parse(string relativeFile)
    {
        var fullPath = Path.GetFullPath(Path.Combine(Directory, relativeFile));
        if (!File.Exists(fullPath))
        {
            throw new GoReleaserConfigException($"GoReleaser configuration {relativeFile} not found in {Directory}.");
        }

        var text = File.ReadAllText(fullPath);
        var stream = new YamlStream();
        try
        {
            using var reader = new StringReader(text);
            stream.Load(reader);
        }
        catch (YamlException ex)
        {
            var reason = MarkPrefix().Replace(ex.InnerException?.Message ?? ex.Message, "").Trim();
            throw new GoReleaserConfigException($"not valid YAML: {reason}", new SourceLocation(relativeFile, (int)ex.Start.Line, (int)ex.Start.Column), ex);
        }
        catch (ArgumentException ex)
        {
            // YamlDotNet's representation model refuses a mapping with a key given twice.
            throw new GoReleaserConfigException($"not valid YAML: {ex.Message} (a key appears twice in one mapping)", new SourceLocation(relativeFile, 1, 1), ex);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            var empty = new YamlMappingNode();
            files[empty] = relativeFile;
            return (empty, text);
        }

        var root = stream.Documents[0].RootNode;
        foreach (var node in root.AllNodes)
        {
            files.TryAdd(node, relativeFile);
        }

        return root is YamlMappingNode mapping
            ? (mapping, text)
            : throw new GoReleaserConfigException("a GoReleaser configuration must be a mapping of sections (project_name:, builds:, ...).", LocationOf(root));
    }

    // YamlDotNet starts its messages with "(Line: 3, Col: 5, Idx: 20) - (Line: ...): "; the location is given separately.
    [System.Text.RegularExpressions.GeneratedRegex(@"^(\(Line: \d+, Col: \d+, Idx: \d+\)( - )?)+:?\s*", System.Text.RegularExpressions.RegexOptions.ExplicitCapture, 1000)]
    private static partial System.Text.RegularExpressions.Regex MarkPrefix();
}
