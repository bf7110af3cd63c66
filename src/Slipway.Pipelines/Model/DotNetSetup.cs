namespace Slipway.Pipelines.Model;

/// <summary>
/// The .NET SDK from global.json, with the NuGet package cache keyed on the build's project files
/// (GitHub: actions/setup-dotnet with <c>cache</c>; GitLab: the image provides the SDK, <c>NUGET_PACKAGES</c> points
/// into the project directory so a <see cref="PipelineCache"/> can keep it).
/// </summary>
/// <param name="GlobalJsonFile">Path of global.json.</param>
/// <param name="CacheKeyFiles">Files or globs whose content keys the NuGet cache, e.g. <c>build/*.csproj</c>.</param>
public sealed record DotNetSetup(string GlobalJsonFile, IReadOnlyList<string> CacheKeyFiles) : SetupRequirement
{
    /// <summary>
    /// The compiled build program's cache, restored before the SDK is set up (GitHub); on a hit the job neither
    /// compiles nor restores NuGet packages. Null: every job compiles.
    /// </summary>
    public BuildProgramCache? ProgramCache { get; init; }

    internal override int Order => 0;
}
