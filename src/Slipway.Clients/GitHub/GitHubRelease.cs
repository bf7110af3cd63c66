namespace Slipway.Clients.GitHub;

/// <summary>A release of a repository, as <c>GET /repos/{o}/{r}/releases</c> lists it (the fields Slipway uses).</summary>
public sealed record GitHubRelease
{
    /// <summary>Release id.</summary>
    public required long Id { get; init; }

    /// <summary>Tag, title, notes and flags: what <see cref="GitHubReleasesClient.UpdateReleaseAsync"/> takes back, changed with <c>with</c>.</summary>
    public required GitHubReleaseSpec Spec { get; init; }

    /// <summary>The tag the release points at.</summary>
    public string TagName => Spec.TagName;

    /// <summary>Web page of the release.</summary>
    public string? HtmlUrl { get; init; }

    /// <summary>When it was created.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When it was published; null for a draft.</summary>
    public DateTimeOffset? PublishedAt { get; init; }

    /// <summary>Uploaded files.</summary>
    public IReadOnlyList<GitHubReleaseAsset> Assets { get; init; } = [];

    /// <summary>The upload address template (<c>uploads.github.com/...{?name,label}</c>), kept for uploads.</summary>
    internal string? UploadUrl { get; init; }
}
