namespace Slipway.Clients.Diagnostics;

/// <summary>One problem a tool reported, in a form every CI host can annotate.</summary>
/// <param name="Tool">The tool, e.g. <c>go vet</c>, <c>golangci-lint</c>.</param>
/// <param name="File">The file as the tool printed it; null when the finding is not about a file.</param>
/// <param name="Line">1-based line, null when unknown.</param>
/// <param name="Column">1-based column, null when unknown.</param>
/// <param name="Severity">How serious it is.</param>
/// <param name="Message">The tool's message.</param>
/// <param name="Rule">The rule or linter (<c>errcheck</c>, <c>DL3006</c>, <c>syntax-check</c>), null when the tool has none.</param>
public sealed record Finding(string Tool, string? File, int? Line, int? Column, FindingSeverity Severity, string Message, string? Rule)
{
    /// <inheritdoc />
    public override string ToString()
    {
        var location = File is null ? "" : File + (Line is null ? "" : ":" + Line.Value.ToString(System.Globalization.CultureInfo.InvariantCulture))
            + (Column is null ? "" : ":" + Column.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)) + ": ";
        return $"{location}{Message}{(Rule is null ? "" : " (" + Rule + ")")} [{Tool}]";
    }
}
