namespace Slipway.Clients.GitLab;

/// <summary>The <c>assets</c> of a <see cref="GitLabRelease"/>: the links Slipway reads (source archives are GitLab's own).</summary>
public sealed record GitLabReleaseAssets
{
    /// <summary>Links to the release's files.</summary>
    public IReadOnlyList<GitLabReleaseLink> Links { get; init; } = [];
}
