namespace Slipway.Clients.Docker;

/// <summary>What the daemon knows about a local image.</summary>
/// <param name="Id">Image id (<c>sha256:...</c>).</param>
/// <param name="Size">Size in bytes.</param>
/// <param name="Labels">Labels from the image config.</param>
/// <param name="RepoTags">Tags pointing at it.</param>
/// <param name="RepoDigests">Registry digests it is known by (<c>repo@sha256:...</c>).</param>
public sealed record ImageInspection(
    string Id,
    long Size,
    IReadOnlyDictionary<string, string> Labels,
    IReadOnlyList<string> RepoTags,
    IReadOnlyList<string> RepoDigests);
