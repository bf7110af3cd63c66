using Tomlyn;
using Tomlyn.Model;
using Tomlyn.Parsing;
using Tomlyn.Serialization;

namespace Slipway.Components.Tools;

/// <summary>
/// Reads the <c>[tools]</c> table of a mise TOML file with Tomlyn, in every form mise accepts: <c>go = "1.25.5"</c>,
/// <c>node = ["22", "20"]</c> (the first is the default), <c>python = { version = "3.12" }</c>, a
/// <c>[tools.go]</c> section, dotted keys (<c>tools.go = "1.25"</c>), and the selector keys <c>prefix</c>,
/// <c>ref</c> and <c>path</c> (written back as mise writes them, <c>prefix:1.25</c>).
/// </summary>
internal static class MiseTomlFile
{
    private static readonly string[] Selectors = ["version", "prefix", "ref", "path"];

    /// <exception cref="BuildConfigurationException">The file is not valid TOML, or a pin is not a version (file:line says where).</exception>
    public static IReadOnlyList<MisePin> Read(string toml, string source)
    {
        ArgumentNullException.ThrowIfNull(toml);
        // The syntax pass validates (duplicate keys, redefined tables), which building the model does not.
        var syntax = SyntaxParser.Parse(toml, source, validate: true);
        if (syntax.HasErrors)
        {
            var error = syntax.Diagnostics.First(d => d.Kind == Tomlyn.Syntax.DiagnosticMessageKind.Error);
            throw new BuildConfigurationException(
                $"{source}:{error.Span.Start.Line + 1}:{error.Span.Start.Column + 1}: {error.Message}. mise cannot read this file either; fix its TOML (https://toml.io).");
        }

        var positions = new TomlMetadataStore();
        var document = TomlSerializer.Deserialize<TomlTable>(toml, new TomlSerializerOptions { SourceName = source, MetadataStore = positions })!;
        if (!document.TryGetValue("tools", out var value))
        {
            return [];
        }

        if (value is not TomlTable tools)
        {
            throw Bad(source, Line(positions, document, "tools"), $"tools is {Describe(value)}, not a table; write the pins under [tools]");
        }

        var pins = new List<MisePin>();
        foreach (var (tool, request) in tools)
        {
            var line = Line(positions, tools, tool);
            pins.Add(new MisePin(MiseConfig.Unalias(tool), VersionOf(tool, request, source, line), source, line));
        }

        return pins;
    }

    private static string VersionOf(string tool, object? request, string source, int line) => request switch
    {
        string version => version,
        TomlArray { Count: > 0 } versions => VersionOf(tool, versions[0], source, line),
        TomlTable options when Selectors.FirstOrDefault(options.ContainsKey) is { } selector =>
            options[selector] is string text
                ? string.Equals(selector, "version", StringComparison.Ordinal) ? text : $"{selector}:{text}"
                : throw Bad(source, line, $"{tool}'s {selector} is {Describe(options[selector])}; write {selector} = \"{options[selector]}\""),
        TomlTable => throw Bad(source, line, $"{tool} has no version; write {tool} = {{ version = \"<version>\" }}"),
        _ => throw Bad(source, line, $"{tool} = {Describe(request)} is not a version; write it as a string, {tool} = \"{request}\", a list of them, or {tool} = {{ version = \"...\" }}"),
    };

    private static int Line(TomlMetadataStore positions, TomlTable table, string key) =>
        positions.TryGetProperties(table, out var properties) && properties is not null && properties.TryGetProperty(key, out var property) && property is not null
            ? property.Span.Start.Line + 1
            : 0;

    private static string Describe(object? value) => value switch
    {
        null => "empty",
        TomlArray => "an empty list",
        TomlTable => "a table",
        string => "a string",
        bool b => b ? "true (a boolean)" : "false (a boolean)",
        long or double => $"{value} (a number)",
        _ => $"{value} (a {value.GetType().Name})",
    };

    private static BuildConfigurationException Bad(string source, int line, string what) =>
        new($"{(line > 0 ? $"{source}:{line}" : source)}: [tools] {what}.");
}
