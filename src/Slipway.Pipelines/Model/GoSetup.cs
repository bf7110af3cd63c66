namespace Slipway.Pipelines.Model;

/// <summary>
/// The Go toolchain with module and build caches (GitHub: actions/setup-go with an explicit
/// <c>cache-dependency-path</c>; GitLab: the image provides Go, <c>GOPATH</c>, <c>GOMODCACHE</c> and <c>GOCACHE</c>
/// point into the project directory so a <see cref="PipelineCache"/> can keep them).
/// </summary>
/// <param name="Version">Go version, e.g. <c>1.25.5</c>.</param>
/// <param name="CacheDependencyPath">File keying the cache: <c>go.sum</c> (setup-go defaults to go.mod otherwise).</param>
public sealed record GoSetup(string Version, string CacheDependencyPath = "go.sum") : SetupRequirement
{
    internal override int Order => 1;
}
