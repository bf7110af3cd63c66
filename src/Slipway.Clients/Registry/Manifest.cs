namespace Slipway.Clients.Registry;

/// <summary>A manifest as the registry sent it.</summary>
/// <param name="Info">Digest, media type and size.</param>
/// <param name="Json">The manifest document, unparsed.</param>
public sealed record Manifest(ManifestInfo Info, string Json);
