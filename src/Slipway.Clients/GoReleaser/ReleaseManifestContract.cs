using System.Text.Json.Serialization;

namespace Slipway.Clients.GoReleaser;

/// <summary>A multi-platform manifest (<c>docker_manifests</c>) and the per-platform images it lists.</summary>
/// <param name="Name">The manifest reference, e.g. <c>ghcr.io/acme/tool:{version}</c>.</param>
/// <param name="Images">The images it combines.</param>
public sealed record ReleaseManifestContract(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("images")] IReadOnlyList<string> Images);
