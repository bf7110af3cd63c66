using System.Text.Json.Serialization;

namespace Slipway.Clients.GoReleaser;

/// <summary>The archives a release contract promises.</summary>
public sealed record ReleaseArchiveContract
{
    /// <summary>Archive file name with placeholders <c>{project}</c>, <c>{version}</c>, <c>{goos}</c>, <c>{goarch}</c>, <c>{format}</c>.</summary>
    [JsonPropertyName("namePattern")]
    public string NamePattern { get; init; } = "";

    /// <summary>The default archive format, e.g. <c>tar.gz</c>.</summary>
    [JsonPropertyName("format")]
    public string Format { get; init; } = "";

    /// <summary>Per-goos formats, e.g. <c>windows: zip</c>.</summary>
    [JsonPropertyName("formatOverrides")]
    public IReadOnlyDictionary<string, string> FormatOverrides { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>The format an archive for <paramref name="goos"/> must have.</summary>
    public string FormatFor(string goos) => FormatOverrides.GetValueOrDefault(goos, Format);
}
