using System.Globalization;
using System.Text.RegularExpressions;

namespace Slipway.Clients.Diagnostics;

/// <summary>
/// Parses hadolint output: the default tty format (<c>file:line CODE level: message</c>) and <c>-f json</c>
/// (an array of objects with <c>file</c>, <c>line</c>, <c>column</c>, <c>code</c>, <c>level</c>, <c>message</c>).
/// </summary>
public static partial class HadolintParser
{
    private const string Tool = "hadolint";

    [GeneratedRegex(@"^(?<file>\S+?):(?<line>\d+)\s+(?<code>(?:DL|SC)\d+)\s+(?<level>error|warning|info|style):\s(?<message>.*)$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TtyLine();

    /// <summary>Parses the default format.</summary>
    public static IReadOnlyList<Finding> ParseText(string output) =>
        LocationLine.Lines(output)
            .Select(l => TtyLine().Match(l))
            .Where(m => m.Success)
            .Select(m => new Finding(Tool, m.Groups["file"].Value, int.Parse(m.Groups["line"].Value, CultureInfo.InvariantCulture), null,
                DiagnosticsJson.Severity(m.Groups["level"].Value, FindingSeverity.Warning), m.Groups["message"].Value, m.Groups["code"].Value))
            .ToList();

    /// <summary>Parses the JSON format.</summary>
    /// <exception cref="FormatException">The JSON is malformed.</exception>
    public static IReadOnlyList<Finding> ParseJson(string json)
    {
        using var document = DiagnosticsJson.Parse(json, Tool);
        return DiagnosticsJson.Array(document.RootElement)
            .Select(e => new Finding(Tool, DiagnosticsJson.String(e, "file"), DiagnosticsJson.Int(e, "line"), DiagnosticsJson.Int(e, "column"),
                DiagnosticsJson.Severity(DiagnosticsJson.String(e, "level"), FindingSeverity.Warning), DiagnosticsJson.String(e, "message") ?? "",
                DiagnosticsJson.String(e, "code")))
            .ToList();
    }
}
