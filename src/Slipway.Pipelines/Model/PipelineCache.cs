namespace Slipway.Pipelines.Model;

/// <summary>
/// A GitLab CI cache. Written by the GitLab writer only: on GitHub Actions the setup actions
/// (<see cref="GoSetup"/>, <see cref="DotNetSetup"/>) own caching (exact-key restore, saved after a successful job).
/// </summary>
/// <param name="Name">Key prefix, e.g. <c>go</c>; keeps caches with the same key files apart.</param>
/// <param name="KeyFiles">At most two committed files (or globs) whose content keys the cache.</param>
/// <param name="Paths">Cached paths; GitLab requires them inside <c>$CI_PROJECT_DIR</c>.</param>
/// <param name="Policy">Pull only, or pull and push.</param>
public sealed record PipelineCache(string Name, IReadOnlyList<string> KeyFiles, IReadOnlyList<string> Paths, CachePolicy Policy = CachePolicy.Pull)
{
    /// <summary>
    /// A key written as is (e.g. <c>go-build-$CI_COMMIT_REF_SLUG</c>) instead of one from <see cref="KeyFiles"/>: for
    /// caches that should follow the branch rather than a file.
    /// </summary>
    public string? Key { get; init; }

    /// <summary>Keys tried in order when <see cref="Key"/> has no cache yet (<c>fallback_keys</c>), so a near miss restores a partial cache.</summary>
    public IReadOnlyList<string> FallbackKeys { get; init; } = [];
}
