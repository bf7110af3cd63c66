namespace Slipway.Components.CiGeneration;

/// <summary>What the CI systems' compilers read besides the graph and the attributes; built by <see cref="IGenerateCi"/>.</summary>
/// <param name="ToolVersions">Tool pins from mise's configuration.</param>
/// <param name="GoDependencyFile"><c>go.sum</c> when the module has one, else <c>go.mod</c>: the file keying the Go module cache.</param>
/// <param name="DotNetCacheKeyFiles">Files (globs) keying the NuGet cache: everything that changes the restore of the build program.</param>
public sealed record CiGenerationSettings(
    Tools.MiseConfig ToolVersions,
    string GoDependencyFile,
    IReadOnlyList<string> DotNetCacheKeyFiles)
{
    /// <summary>
    /// The committed file keying caches (<c>.cache-key</c>) when the build writes one, for systems whose cache keys take
    /// few files (GitLab: two); else caches key on the files themselves.
    /// </summary>
    public string? CacheKeyFile { get; init; }

    /// <summary>The file setup-go reads the Go version from without a mise pin: <c>go.mod</c>, or <c>go.work</c> for a workspace without a root module.</summary>
    public string GoVersionFile { get; init; } = "go.mod";

    /// <summary>The project's CI image, for systems whose jobs run in one (GitLab), with what it provides; null when the build has none.</summary>
    public CiJobImage? CiImage { get; init; }

    /// <summary>The build's parameters: secret ones a job's targets require are mapped into that job, and workflows can take others as inputs.</summary>
    public IReadOnlyList<Slipway.Parameters.BuildParameter> Parameters { get; init; } = [];

    /// <summary>Warnings the generators found (waste, not errors), in the order found.</summary>
    public List<string> Warnings { get; } = [];
}
