namespace Slipway.Clients.GitHub;

/// <summary>A file attached to a <see cref="GitHubRelease"/>.</summary>
public sealed record GitHubReleaseAsset
{
    /// <summary>Asset id.</summary>
    public required long Id { get; init; }

    /// <summary>File name.</summary>
    public required string Name { get; init; }

    /// <summary>Display label, when set.</summary>
    public string? Label { get; init; }

    /// <summary>Media type given at upload.</summary>
    public string? ContentType { get; init; }

    /// <summary>Size in bytes.</summary>
    public long Size { get; init; }

    /// <summary><c>uploaded</c> once complete; <c>open</c> while an upload is unfinished.</summary>
    public string? State { get; init; }

    /// <summary>Public download address.</summary>
    public string? BrowserDownloadUrl { get; init; }
}
