using System.Text.Json.Serialization;

namespace Slipway.Clients.GoReleaser;

/// <summary>One target platform of a release contract.</summary>
/// <param name="Goos">Operating system, e.g. <c>linux</c>.</param>
/// <param name="Goarch">Architecture, e.g. <c>arm64</c>.</param>
public sealed record ReleasePlatform(
    [property: JsonPropertyName("goos")] string Goos,
    [property: JsonPropertyName("goarch")] string Goarch)
{
    /// <inheritdoc />
    public override string ToString() => Goos + "/" + Goarch;
}
