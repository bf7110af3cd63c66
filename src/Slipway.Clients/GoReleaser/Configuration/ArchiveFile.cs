namespace Slipway.Clients.GoReleaser.Configuration;

/// <summary>One <c>archives[].files</c> entry.</summary>
/// <param name="Source">The glob (<c>src</c>, or the entry itself when written as a plain string).</param>
/// <param name="Destination"><c>dst</c>, or null.</param>
/// <param name="MTime"><c>info.mtime</c>, or null: the file keeps its checkout time, which differs between clones.</param>
/// <param name="Location">Where the entry starts.</param>
public sealed record ArchiveFile(string Source, string? Destination, string? MTime, SourceLocation Location);
