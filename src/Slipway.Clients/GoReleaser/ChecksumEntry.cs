namespace Slipway.Clients.GoReleaser;

/// <summary>One line of a checksums file: lowercase hex digest and file name.</summary>
/// <param name="Hex">The digest in lowercase hexadecimal.</param>
/// <param name="FileName">The file the digest is for, relative to the checksums file.</param>
public sealed record ChecksumEntry(string Hex, string FileName);
