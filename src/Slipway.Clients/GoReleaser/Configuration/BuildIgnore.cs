namespace Slipway.Clients.GoReleaser.Configuration;

/// <summary>One <c>builds[].ignore</c> entry: a target is skipped when every field given matches it.</summary>
/// <param name="Goos">Operating system, or null for any.</param>
/// <param name="Goarch">Architecture, or null for any.</param>
/// <param name="Goarm">ARM version, or null for any.</param>
/// <param name="Goamd64">amd64 level, or null for any.</param>
/// <param name="Goarm64">arm64 level, or null for any.</param>
public sealed record BuildIgnore(string? Goos, string? Goarch, string? Goarm, string? Goamd64, string? Goarm64);
