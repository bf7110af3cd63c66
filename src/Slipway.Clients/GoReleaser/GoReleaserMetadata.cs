using System.Text.Json.Serialization;

namespace Slipway.Clients.GoReleaser;

/// <summary>GoReleaser's <c>dist/metadata.json</c>.</summary>
public sealed record GoReleaserMetadata
{
    /// <summary>The project name.</summary>
    [JsonPropertyName("project_name")]
    public string ProjectName { get; init; } = "";

    /// <summary>The current tag (in snapshots, the latest tag or v0.0.0).</summary>
    [JsonPropertyName("tag")]
    public string Tag { get; init; } = "";

    /// <summary>The previous tag.</summary>
    [JsonPropertyName("previous_tag")]
    public string PreviousTag { get; init; } = "";

    /// <summary>The version the build used (snapshot versions included).</summary>
    [JsonPropertyName("version")]
    public string Version { get; init; } = "";

    /// <summary>The full commit hash.</summary>
    [JsonPropertyName("commit")]
    public string Commit { get; init; } = "";

    /// <summary>When GoReleaser ran, as written (RFC 3339, nanoseconds); differs between builds, so not part of parity.</summary>
    [JsonPropertyName("date")]
    public string Date { get; init; } = "";

    /// <summary>The machine GoReleaser ran on.</summary>
    [JsonPropertyName("runtime")]
    public GoReleaserRuntime Runtime { get; init; } = new();
}
