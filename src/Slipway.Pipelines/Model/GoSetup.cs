namespace Slipway.Pipelines.Model;

/// <summary>
/// The Go toolchain with module and build caches (GitHub: actions/setup-go, then a module cache keyed on the dependency
/// file and a build cache keyed per commit with prefix fallback; GitLab: the image provides Go, <c>GOPATH</c>,
/// <c>GOMODCACHE</c> and <c>GOCACHE</c> point into the project directory so a <see cref="PipelineCache"/> can keep them).
/// </summary>
/// <param name="Version">Go version, e.g. <c>1.25.5</c>; null takes it from <see cref="VersionFile"/> (go.mod's toolchain or go line).</param>
/// <param name="CacheDependencyPath">File keying the module cache: <c>go.sum</c>, else <c>go.mod</c>.</param>
public sealed record GoSetup(string? Version, string CacheDependencyPath = "go.sum") : SetupRequirement
{
    /// <summary>The file setup-go reads the version from when <see cref="Version"/> is null.</summary>
    public string VersionFile { get; init; } = "go.mod";

    internal override int Order => 1;
}
