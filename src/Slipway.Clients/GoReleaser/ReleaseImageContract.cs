using System.Text.Json.Serialization;

namespace Slipway.Clients.GoReleaser;

/// <summary>Images a release pushes: one <c>dockers</c>, <c>dockers_v2</c> or <c>kos</c> entry.</summary>
public sealed record ReleaseImageContract
{
    /// <summary>The section: <c>dockers</c>, <c>dockers_v2</c> or <c>kos</c>.</summary>
    [JsonPropertyName("kind")]
    public string Kind { get; init; } = "";

    /// <summary>The entry's id, or null.</summary>
    [JsonPropertyName("id")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Id { get; init; }

    /// <summary>Full image references with placeholders <c>{version}</c>, <c>{tag}</c>, e.g. <c>ghcr.io/acme/tool:{version}</c>.</summary>
    [JsonPropertyName("images")]
    public IReadOnlyList<string> Images { get; init; } = [];

    /// <summary>The platforms built, e.g. <c>linux/amd64</c>.</summary>
    [JsonPropertyName("platforms")]
    public IReadOnlyList<string> Platforms { get; init; } = [];

    /// <summary>The Dockerfile (not for kos).</summary>
    [JsonPropertyName("dockerfile")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Dockerfile { get; init; }

    /// <summary>Labels the configuration sets, values with placeholders (<c>{version}</c>, <c>{commit}</c>; <c>*</c> = any non-empty value).</summary>
    [JsonPropertyName("labels")]
    public IReadOnlyDictionary<string, string> Labels { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);
}
