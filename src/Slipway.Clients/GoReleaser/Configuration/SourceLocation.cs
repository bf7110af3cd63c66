namespace Slipway.Clients.GoReleaser.Configuration;

/// <summary>Where a value sits in a configuration file: path as given, 1-based line and column.</summary>
/// <param name="File">The file, as the reader was given it (relative to the project directory when found by search).</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
public sealed record SourceLocation(string File, int Line, int Column)
{
    /// <inheritdoc />
    public override string ToString() => $"{File}:{Line}:{Column}";
}
