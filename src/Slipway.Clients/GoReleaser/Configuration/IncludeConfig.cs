namespace Slipway.Clients.GoReleaser.Configuration;

/// <summary>One entry of <c>includes</c> (GoReleaser Pro): a local file (read and merged) or a URL (never fetched).</summary>
/// <param name="FromFile">The local file, relative to the project directory, or null.</param>
/// <param name="FromUrl">The remote URL, or null. Its content is unknown offline; Slipway reports it and never guesses.</param>
/// <param name="Location">Where the entry starts.</param>
public sealed record IncludeConfig(string? FromFile, string? FromUrl, SourceLocation Location);
