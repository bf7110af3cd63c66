using System.Text.Json;
using System.Text.Json.Serialization;

namespace Slipway.Clients.GoReleaser;

/// <summary>One entry of GoReleaser's <c>dist/artifacts.json</c>. <c>internal_type</c> is ignored on purpose: its numbers change between releases.</summary>
public sealed record GoReleaserArtifact
{
    /// <summary>File name, e.g. <c>sumcheck_1.2.3_linux_amd64.tar.gz</c>.</summary>
    [JsonPropertyName("name")]
    public string Name { get; init; } = "";

    /// <summary>Path as GoReleaser wrote it, usually relative to the project root (<c>dist/...</c>).</summary>
    [JsonPropertyName("path")]
    public string Path { get; init; } = "";

    /// <summary>Target operating system, empty for platform-independent artifacts.</summary>
    [JsonPropertyName("goos")]
    public string? Goos { get; init; }

    /// <summary>Target architecture, empty for platform-independent artifacts.</summary>
    [JsonPropertyName("goarch")]
    public string? Goarch { get; init; }

    /// <summary>amd64 micro-architecture level (<c>v1</c>...).</summary>
    [JsonPropertyName("goamd64")]
    public string? Goamd64 { get; init; }

    /// <summary>ARM version for 32-bit ARM.</summary>
    [JsonPropertyName("goarm")]
    public string? Goarm { get; init; }

    /// <summary>Build target, e.g. <c>linux_amd64_v1</c>.</summary>
    [JsonPropertyName("target")]
    public string? Target { get; init; }

    /// <summary>Artifact type as text: <c>Binary</c>, <c>Archive</c>, <c>Checksum</c>, <c>Metadata</c>...</summary>
    [JsonPropertyName("type")]
    public string Type { get; init; } = "";

    /// <summary>Extra fields (<c>ID</c>, <c>Binary</c>, <c>Binaries</c>, <c>Ext</c>, <c>Format</c>, <c>Checksum</c>...).</summary>
    [JsonPropertyName("extra")]
    public IReadOnlyDictionary<string, JsonElement>? Extra { get; init; }

    /// <summary><c>goos/goarch</c>, or null when the artifact has no platform.</summary>
    [JsonIgnore]
    public string? Platform => string.IsNullOrEmpty(Goos) || string.IsNullOrEmpty(Goarch) ? null : Goos + "/" + Goarch;

    /// <summary>The build or archive ID (<c>extra.ID</c>).</summary>
    [JsonIgnore]
    public string? Id => ExtraString("ID");

    /// <summary>The binary name without extension (<c>extra.Binary</c>).</summary>
    [JsonIgnore]
    public string? Binary => ExtraString("Binary");

    /// <summary>The archive format (<c>extra.Format</c>), e.g. <c>tar.gz</c>.</summary>
    [JsonIgnore]
    public string? Format => ExtraString("Format");

    /// <summary>The file extension with its dot (<c>extra.Ext</c>).</summary>
    [JsonIgnore]
    public string? Ext => ExtraString("Ext");

    /// <summary>The checksum GoReleaser recorded, as <c>algorithm:hex</c> (<c>extra.Checksum</c>).</summary>
    [JsonIgnore]
    public string? Checksum => ExtraString("Checksum");

    /// <summary>Binaries inside an archive (<c>extra.Binaries</c>).</summary>
    [JsonIgnore]
    public IReadOnlyList<string> Binaries =>
        Extra is not null && Extra.TryGetValue("Binaries", out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToList()
            : [];

    /// <summary>A string-valued extra field, or null when absent or not a string.</summary>
    public string? ExtraString(string key) =>
        Extra is not null && Extra.TryGetValue(key, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
