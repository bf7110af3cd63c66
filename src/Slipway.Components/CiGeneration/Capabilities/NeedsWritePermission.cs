namespace Slipway.Components.CiGeneration.Capabilities;

/// <summary>The target needs the job token to write <paramref name="Scope"/> (GitHub <c>permissions</c>), e.g. <c>id-token</c> for keyless cosign signing.</summary>
/// <param name="Scope">The token scope.</param>
public sealed record NeedsWritePermission(string Scope) : Capability;
