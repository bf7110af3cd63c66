using System.Text.RegularExpressions;

namespace Slipway.Clients.Diagnostics;

/// <summary>
/// Parses actionlint output: the default format (<c>file:line:col: message [rule]</c>, snippet lines skipped) and
/// <c>-format '{{json .}}'</c> (an array of objects with <c>message</c>, <c>filepath</c>, <c>line</c>, <c>column</c>, <c>kind</c>).
/// </summary>
public static partial class ActionlintParser
{
    private const string Tool = "actionlint";

    [GeneratedRegex(@"^(?<message>.*)\s\[(?<rule>[A-Za-z0-9_-]+)\]$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TrailingRule();

    /// <summary>Parses the default text format.</summary>
    public static IReadOnlyList<Finding> ParseText(string output)
    {
        var findings = new List<Finding>();
        foreach (var raw in LocationLine.Lines(output))
        {
            if (LocationLine.TryParse(raw, out var file, out var line, out var column, out var message))
            {
                var match = TrailingRule().Match(message);
                findings.Add(new Finding(Tool, file, line, column, FindingSeverity.Error,
                    match.Success ? match.Groups["message"].Value : message, match.Success ? match.Groups["rule"].Value : null));
            }
        }

        return findings;
    }

    /// <summary>Parses the JSON format.</summary>
    /// <exception cref="FormatException">The JSON is malformed.</exception>
    public static IReadOnlyList<Finding> ParseJson(string json)
    {
        using var document = DiagnosticsJson.Parse(json, Tool);
        return DiagnosticsJson.Array(document.RootElement)
            .Select(e => new Finding(Tool, DiagnosticsJson.String(e, "filepath"), DiagnosticsJson.Int(e, "line"), DiagnosticsJson.Int(e, "column"),
                FindingSeverity.Error, DiagnosticsJson.String(e, "message") ?? "", DiagnosticsJson.String(e, "kind")))
            .ToList();
    }
}
