namespace Slipway.Testing;

/// <summary>A manifest as pushed: its digest, media type and exact bytes.</summary>
/// <param name="Digest">sha256 of <paramref name="Bytes"/>.</param>
/// <param name="MediaType">The Content-Type it was pushed with.</param>
/// <param name="Bytes">The document.</param>
public sealed record PushedManifest(string Digest, string MediaType, byte[] Bytes);
