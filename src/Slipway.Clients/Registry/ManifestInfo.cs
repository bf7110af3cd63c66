namespace Slipway.Clients.Registry;

/// <summary>What a registry says about a manifest without sending it.</summary>
/// <param name="Digest">Content digest (<c>Docker-Content-Digest</c>).</param>
/// <param name="MediaType">Manifest media type.</param>
/// <param name="Size">Manifest size in bytes.</param>
public sealed record ManifestInfo(string Digest, string MediaType, long Size);
