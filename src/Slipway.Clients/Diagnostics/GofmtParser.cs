namespace Slipway.Clients.Diagnostics;

/// <summary>Parses <c>gofmt -l</c> output: one file name per line, each a file whose formatting differs.</summary>
public static class GofmtParser
{
    /// <summary>One finding per listed file.</summary>
    public static IReadOnlyList<Finding> Parse(string output) =>
        LocationLine.Lines(output)
            .Select(file => new Finding("gofmt", file.Trim(), null, null, FindingSeverity.Error, "file is not gofmt-formatted; run gofmt -w " + file.Trim(), null))
            .ToList();
}
