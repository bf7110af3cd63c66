namespace Slipway.Clients.GoReleaser.Configuration;

/// <summary>One <c>archives[].format_overrides</c> entry (<c>formats</c>, and the legacy <c>format</c> merged in).</summary>
/// <param name="Goos">The operating system it applies to.</param>
/// <param name="Formats">The formats for it, e.g. <c>zip</c>.</param>
public sealed record ArchiveFormatOverride(string Goos, IReadOnlyList<string> Formats);
