namespace Slipway.Clients.Diagnostics;

/// <summary>
/// Parses <c>go vet</c> output (stderr): <c># package</c> headers, <c>file:line:col: message</c> findings,
/// vet's own type-check errors (<c>vet: file:line:col: message</c>) and <c>go:</c> tool errors.
/// </summary>
public static class GoVetParser
{
    /// <summary>The findings, each with the package from the header above it as its rule.</summary>
    public static IReadOnlyList<Finding> Parse(string output)
    {
        var findings = new List<Finding>();
        string? package = null;
        foreach (var raw in LocationLine.Lines(output))
        {
            if (raw.StartsWith("# ", StringComparison.Ordinal))
            {
                package = raw[2..].Trim();
                continue;
            }

            var ownError = raw.StartsWith("vet: ", StringComparison.Ordinal);
            var text = ownError ? raw["vet: ".Length..] : raw;
            if (LocationLine.TryParse(text, out var file, out var line, out var column, out var message))
            {
                findings.Add(new Finding("go vet", file, line, column, FindingSeverity.Error, message, package));
            }
            else if (ownError || raw.StartsWith("go: ", StringComparison.Ordinal))
            {
                findings.Add(new Finding("go vet", null, null, null, FindingSeverity.Error, text.Trim(), package));
            }
        }

        return findings;
    }
}
