using System.Globalization;
using System.Text.RegularExpressions;

namespace Slipway.Clients.Diagnostics;

/// <summary>The <c>file:line[:col]: message</c> shape most Go tools print, shared by the text parsers.</summary>
internal static partial class LocationLine
{
    // The file part excludes spaces so that source snippets and summaries are not mistaken for findings.
    [GeneratedRegex(@"^(?<file>[^\s:][^\s]*?):(?<line>\d+)(?::(?<col>\d+))?:\s(?<message>.*)$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Pattern();

    public static bool TryParse(string text, out string file, out int line, out int? column, out string message)
    {
        var match = Pattern().Match(text);
        file = match.Groups["file"].Value;
        line = match.Success ? int.Parse(match.Groups["line"].Value, CultureInfo.InvariantCulture) : 0;
        column = match.Groups["col"].Success ? int.Parse(match.Groups["col"].Value, CultureInfo.InvariantCulture) : null;
        message = match.Groups["message"].Value;
        return match.Success;
    }

    public static IEnumerable<string> Lines(string output) =>
        (output ?? "").Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0);
}
