namespace Slipway.Clients.GitLab;

/// <summary>A link of a release to one of its files (release links API).</summary>
public sealed record GitLabReleaseLink
{
    /// <summary>Link id.</summary>
    public long Id { get; init; }

    /// <summary>Name shown on the release page; unique within the release.</summary>
    public required string Name { get; init; }

    /// <summary>Where the file is; unique within the release.</summary>
    public required string Url { get; init; }

    /// <summary>The permanent address GitLab serves for the link, when it has a direct asset path.</summary>
    public string? DirectAssetUrl { get; init; }

    /// <summary><c>other</c>, <c>runbook</c>, <c>image</c> or <c>package</c>.</summary>
    public string? LinkType { get; init; }
}
