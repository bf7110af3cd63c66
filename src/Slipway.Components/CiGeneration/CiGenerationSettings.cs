namespace Slipway.Components.CiGeneration;

/// <summary>What the generators read besides the graph and the attributes; built by <see cref="IGenerateCi"/>.</summary>
/// <param name="ToolVersions">Tool pins from mise's configuration.</param>
/// <param name="GoDependencyFile"><c>go.sum</c> when the module has one, else <c>go.mod</c>: the file keying the Go module cache.</param>
/// <param name="DotNetCacheKeyFiles">Files (globs) keying the NuGet cache: everything that changes the restore of the build program.</param>
/// <param name="GitLabImage">The CI image of a GitLab job group.</param>
public sealed record CiGenerationSettings(
    Tools.MiseConfig ToolVersions,
    string GoDependencyFile,
    IReadOnlyList<string> DotNetCacheKeyFiles,
    Func<GitLabAttribute, string> GitLabImage)
{
    /// <summary>The committed file keying GitLab caches (<c>.cache-key</c>) when the build writes one; else caches key on the files themselves.</summary>
    public string? GitLabCacheKeyFile { get; init; }

    /// <summary>The project's CI image as GitLab jobs use it, with what it provides; null when the build has none.</summary>
    public GitLabCiImage? CiImage { get; init; }

    /// <summary>The build's parameters: secret ones a job's targets require are mapped into that job, and workflows can take others as inputs.</summary>
    public IReadOnlyList<Slipway.Parameters.BuildParameter> Parameters { get; init; } = [];

    /// <summary>Warnings the generators found (waste, not errors), in the order found.</summary>
    public List<string> Warnings { get; } = [];
}
