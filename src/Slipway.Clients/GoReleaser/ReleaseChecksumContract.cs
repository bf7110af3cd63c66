using System.Text.Json.Serialization;

namespace Slipway.Clients.GoReleaser;

/// <summary>The checksums file a release contract promises.</summary>
public sealed record ReleaseChecksumContract
{
    /// <summary>Digest algorithm, e.g. <c>sha256</c>.</summary>
    [JsonPropertyName("algorithm")]
    public string Algorithm { get; init; } = "";

    /// <summary>File name with placeholders <c>{project}</c> and <c>{version}</c>.</summary>
    [JsonPropertyName("namePattern")]
    public string NamePattern { get; init; } = "";
}
