namespace Slipway.Clients.GoReleaser.Configuration;

/// <summary>A key the reader does not know: kept and reported, never fatal (a newer GoReleaser, a Pro option, a typo).</summary>
/// <param name="Path">Configuration path, e.g. <c>builds[0].gorm</c>.</param>
/// <param name="Location">Where the value starts.</param>
/// <param name="Value">The value when it is a single scalar, else null.</param>
public sealed record UnknownKey(string Path, SourceLocation Location, string? Value);
