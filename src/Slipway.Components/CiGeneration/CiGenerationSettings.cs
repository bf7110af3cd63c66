namespace Slipway.Components.CiGeneration;

/// <summary>What the generators read besides the graph and the attributes; built by <see cref="IGenerateCi"/>.</summary>
/// <param name="ToolVersions">Tool pins from <c>.mise/config.toml</c>.</param>
/// <param name="GoDependencyFile"><c>go.sum</c> when the module has one, else <c>go.mod</c>: the file keying Go caches on GitHub.</param>
/// <param name="DotNetCacheKeyFiles">Files (globs) keying the NuGet cache: the build's project files.</param>
/// <param name="QemuPlatforms">Platforms QEMU emulates for jobs using <see cref="CiCapabilities.Qemu"/>.</param>
/// <param name="GitLabImage">The CI image of a GitLab job group.</param>
public sealed record CiGenerationSettings(
    MiseToolVersions ToolVersions,
    string GoDependencyFile,
    IReadOnlyList<string> DotNetCacheKeyFiles,
    IReadOnlyList<string> QemuPlatforms,
    Func<GitLabAttribute, string> GitLabImage);
