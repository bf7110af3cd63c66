namespace Slipway.Components.CiImage;

/// <summary>What <see cref="CiImageBuilder"/> did.</summary>
/// <param name="Reference">The content-tagged image reference, <c>host/repository:tag</c>.</param>
/// <param name="Digest">The manifest digest the tag resolves to.</param>
/// <param name="Built">Whether this run built the image (false: it already existed).</param>
/// <param name="Pushed">Whether this run pushed it (false: it existed, or another run pushed it meanwhile).</param>
public sealed record CiImageOutcome(string Reference, string Digest, bool Built, bool Pushed);
