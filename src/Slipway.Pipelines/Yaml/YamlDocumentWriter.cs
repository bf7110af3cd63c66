using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Slipway.Pipelines.Yaml;

/// <summary>
/// Builds YAML nodes with safe scalar styles and renders a document byte-stably: LF endings, no width folding,
/// no document markers, a header comment, one trailing newline. All quoting is left to YamlDotNet's emitter.
/// </summary>
internal static partial class YamlDocumentWriter
{
    /// <summary>The header every generated file starts with.</summary>
    internal const string Header = GeneratedHeader.Text;

    /// <summary>A string scalar, quoted when a YAML 1.1 or 1.2 reader would take it for something else.</summary>
    internal static YamlScalarNode Text(string value)
    {
        var style = value.Contains('\n', StringComparison.Ordinal) ? ScalarStyle.Literal
            : value.Length == 0 || NonStringScalar().IsMatch(value) ? ScalarStyle.DoubleQuoted
            : ScalarStyle.Any;
        return new YamlScalarNode(value) { Style = style };
    }

    /// <summary>An integer scalar.</summary>
    internal static YamlScalarNode Number(int value) => new(value.ToString(CultureInfo.InvariantCulture)) { Style = ScalarStyle.Plain };

    /// <summary>A boolean scalar.</summary>
    internal static YamlScalarNode Flag(bool value) => new(value ? "true" : "false") { Style = ScalarStyle.Plain };

    /// <summary>A block sequence of strings.</summary>
    internal static YamlSequenceNode List(IEnumerable<string> values) => new(values.Select(v => (YamlNode)Text(v)));

    /// <summary>Adds <paramref name="key"/> with a string value.</summary>
    internal static void Put(this YamlMappingNode mapping, string key, string value) => mapping.Add(new YamlScalarNode(key), Text(value));

    /// <summary>Adds <paramref name="key"/> with a node value.</summary>
    internal static void Put(this YamlMappingNode mapping, string key, YamlNode value) => mapping.Add(new YamlScalarNode(key), value);

    /// <summary>A mapping of string values sorted by key (ordinal), for maps whose order carries no meaning.</summary>
    internal static YamlMappingNode SortedMap(IEnumerable<KeyValuePair<string, string>> entries)
    {
        var mapping = new YamlMappingNode();
        foreach (var (key, value) in entries.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            mapping.Put(key, value);
        }

        return mapping;
    }

    /// <summary>Renders <paramref name="root"/> after the generated-file header.</summary>
    internal static string Render(YamlNode root)
    {
        var text = new StringBuilder(Header);
        using (var writer = new StringWriter(text, CultureInfo.InvariantCulture) { NewLine = "\n" })
        {
            var settings = new EmitterSettings(2, int.MaxValue, false, 1024, false, true, "\n");
            var emitter = new Emitter(writer, settings);
            emitter.Emit(new StreamStart());
            emitter.Emit(new DocumentStart(null, null, true));
            Emit(emitter, root);
            emitter.Emit(new DocumentEnd(true));
            emitter.Emit(new StreamEnd());
        }

        return text.ToString();
    }

    private static void Emit(IEmitter emitter, YamlNode node)
    {
        switch (node)
        {
            case YamlScalarNode scalar:
                emitter.Emit(new Scalar(AnchorName.Empty, TagName.Empty, scalar.Value ?? "", scalar.Style, true, true));
                break;
            case YamlSequenceNode sequence:
                emitter.Emit(new SequenceStart(AnchorName.Empty, TagName.Empty, true, sequence.Style));
                foreach (var child in sequence.Children)
                {
                    Emit(emitter, child);
                }

                emitter.Emit(new SequenceEnd());
                break;
            case YamlMappingNode mapping:
                emitter.Emit(new MappingStart(AnchorName.Empty, TagName.Empty, true, mapping.Style));
                foreach (var (key, value) in mapping.Children)
                {
                    Emit(emitter, key);
                    Emit(emitter, value);
                }

                emitter.Emit(new MappingEnd());
                break;
            default:
                throw new ArgumentException($"Unsupported YAML node {node.NodeType}.", nameof(node));
        }
    }

    // Null, booleans (YAML 1.1 included: yes/no/on/off/y/n), numbers, sexagesimals and dates.
    [GeneratedRegex(@"^(~|null|true|false|yes|no|on|off|y|n|[-+]?(\.[0-9]+|[0-9][0-9_]*(\.[0-9_]*)?)([eE][-+]?[0-9]+)?|0x[0-9a-f_]+|0o?[0-7_]+|0b[01_]+|[-+]?\.(inf|nan)|[0-9]+(:[0-5]?[0-9])+(\.[0-9]*)?|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, 1000)]
    private static partial Regex NonStringScalar();
}
