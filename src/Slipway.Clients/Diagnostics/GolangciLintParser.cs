using System.Text.RegularExpressions;

namespace Slipway.Clients.Diagnostics;

/// <summary>
/// Parses golangci-lint v2 output: the default text format (<c>file:line:col: message (linter)</c>, followed by source and
/// caret lines and a summary, which are skipped) and the JSON format (<c>--output.json.path stdout</c>).
/// </summary>
public static partial class GolangciLintParser
{
    private const string Tool = "golangci-lint";

    [GeneratedRegex(@"^(?<message>.*)\s\((?<linter>[A-Za-z0-9_-]+)\)$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TrailingLinter();

    /// <summary>Parses the text format.</summary>
    public static IReadOnlyList<Finding> ParseText(string output)
    {
        var findings = new List<Finding>();
        foreach (var raw in LocationLine.Lines(output))
        {
            if (!LocationLine.TryParse(raw, out var file, out var line, out var column, out var message))
            {
                continue;
            }

            var match = TrailingLinter().Match(message);
            findings.Add(new Finding(Tool, file, line, column, FindingSeverity.Error,
                match.Success ? match.Groups["message"].Value : message, match.Success ? match.Groups["linter"].Value : null));
        }

        return findings;
    }

    /// <summary>Parses the JSON format (<c>Issues[]</c> with <c>FromLinter</c>, <c>Text</c>, <c>Severity</c>, <c>Pos</c>).</summary>
    /// <exception cref="FormatException">The JSON is malformed.</exception>
    public static IReadOnlyList<Finding> ParseJson(string json)
    {
        using var document = DiagnosticsJson.Parse(json, Tool);
        return DiagnosticsJson.Array(DiagnosticsJson.Property(document.RootElement, "Issues"))
            .Select(issue =>
            {
                var pos = DiagnosticsJson.Property(issue, "Pos");
                return new Finding(Tool, DiagnosticsJson.String(pos, "Filename"), DiagnosticsJson.Int(pos, "Line"), DiagnosticsJson.Int(pos, "Column"),
                    DiagnosticsJson.Severity(DiagnosticsJson.String(issue, "Severity"), FindingSeverity.Error),
                    DiagnosticsJson.String(issue, "Text") ?? "", DiagnosticsJson.String(issue, "FromLinter"));
            })
            .ToList();
    }
}
