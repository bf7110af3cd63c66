using System.Text.Json.Serialization;

namespace Slipway.Clients.GoReleaser;

/// <summary>The <c>runtime</c> object of metadata.json: where GoReleaser ran.</summary>
public sealed record GoReleaserRuntime
{
    /// <summary>Host operating system.</summary>
    [JsonPropertyName("goos")]
    public string Goos { get; init; } = "";

    /// <summary>Host architecture.</summary>
    [JsonPropertyName("goarch")]
    public string Goarch { get; init; } = "";
}
