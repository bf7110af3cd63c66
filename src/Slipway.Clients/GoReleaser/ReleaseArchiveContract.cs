using System.Text.Json.Serialization;

namespace Slipway.Clients.GoReleaser;

/// <summary>The archives a release contract promises.</summary>
public sealed record ReleaseArchiveContract
{
    /// <summary>The GoReleaser archive id, when the contract has more than one archive; else null.</summary>
    [JsonPropertyName("id")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Id { get; init; }

    /// <summary>Archive file name with placeholders <c>{project}</c>, <c>{version}</c>, <c>{tag}</c>, <c>{goos}</c>, <c>{goarch}</c>, <c>{format}</c>.</summary>
    [JsonPropertyName("namePattern")]
    public string NamePattern { get; init; } = "";

    /// <summary>
    /// Names for the platforms (by <see cref="ReleasePlatform.Key"/>) that <see cref="NamePattern"/> does not describe (a name
    /// template that renames or adds a suffix for some platforms); null when it describes them all.
    /// </summary>
    [JsonPropertyName("names")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, string>? Names { get; init; }

    /// <summary>The default archive format, e.g. <c>tar.gz</c>.</summary>
    [JsonPropertyName("format")]
    public string Format { get; init; } = "";

    /// <summary>Every format when there is more than one (each platform gets one archive per format); else null.</summary>
    [JsonPropertyName("formats")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? Formats { get; init; }

    /// <summary>Per-goos formats, e.g. <c>windows: zip</c>.</summary>
    [JsonPropertyName("formatOverrides")]
    public IReadOnlyDictionary<string, string> FormatOverrides { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>The build ids packed, when not all builds are; else null.</summary>
    [JsonPropertyName("builds")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? Builds { get; init; }

    /// <summary>The format an archive for <paramref name="goos"/> must have.</summary>
    public string FormatFor(string goos) => FormatOverrides.GetValueOrDefault(goos, Format);

    /// <summary>Every format archives for <paramref name="goos"/> come in.</summary>
    public IReadOnlyList<string> FormatsFor(string goos) =>
        FormatOverrides.TryGetValue(goos, out var single) ? [single] : Formats is { Count: > 0 } all ? all : [Format];
}
