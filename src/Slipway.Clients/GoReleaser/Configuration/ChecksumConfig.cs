namespace Slipway.Clients.GoReleaser.Configuration;

/// <summary>The <c>checksum</c> section.</summary>
/// <param name="NameTemplate"><c>name_template</c>, or null for GoReleaser's default.</param>
/// <param name="Algorithm"><c>algorithm</c>, or null for <c>sha256</c>.</param>
/// <param name="Split"><c>split</c>: one checksum file per artifact.</param>
/// <param name="Disable"><c>disable</c>.</param>
public sealed record ChecksumConfig(string? NameTemplate, string? Algorithm, bool Split, bool Disable);
