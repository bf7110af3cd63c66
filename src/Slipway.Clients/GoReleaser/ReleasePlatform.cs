using System.Text.Json.Serialization;

namespace Slipway.Clients.GoReleaser;

/// <summary>One target platform of a release contract.</summary>
/// <param name="Goos">Operating system, e.g. <c>linux</c>.</param>
/// <param name="Goarch">Architecture, e.g. <c>arm64</c>.</param>
public sealed record ReleasePlatform(
    [property: JsonPropertyName("goos")] string Goos,
    [property: JsonPropertyName("goarch")] string Goarch)
{
    /// <summary>The ARM version for <c>arm</c> (e.g. <c>7</c>), else null.</summary>
    [JsonPropertyName("goarm")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Goarm { get; init; }

    /// <summary>The amd64 level when not GoReleaser's default <c>v1</c>, else null.</summary>
    [JsonPropertyName("goamd64")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Goamd64 { get; init; }

    /// <summary>The platform with its variant: <c>linux/arm/v7</c>, <c>linux/amd64/v3</c>, else as <see cref="ToString"/>.</summary>
    [JsonIgnore]
    public string Key => Goarm is not null ? $"{Goos}/{Goarch}/v{Goarm}" : Goamd64 is not null ? $"{Goos}/{Goarch}/{Goamd64}" : ToString();

    /// <summary>True when <paramref name="artifact"/> was built for this platform and variant.</summary>
    public bool Matches(GoReleaserArtifact artifact)
    {
        ArgumentNullException.ThrowIfNull(artifact);
        return string.Equals(artifact.Platform, ToString(), StringComparison.Ordinal)
            && (Goarm is null || string.IsNullOrEmpty(artifact.Goarm) || string.Equals(artifact.Goarm, Goarm, StringComparison.Ordinal))
            && (Goamd64 is null || string.IsNullOrEmpty(artifact.Goamd64) || string.Equals(artifact.Goamd64, Goamd64, StringComparison.Ordinal));
    }

    /// <inheritdoc />
    public override string ToString() => Goos + "/" + Goarch;
}
