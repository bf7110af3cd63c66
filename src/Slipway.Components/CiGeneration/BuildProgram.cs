using Slipway.Pipelines.Model;

namespace Slipway.Components.CiGeneration;

/// <summary>Where <c>build.sh</c> keeps the compiled build program, and how CI keys a cache of it.</summary>
public static class BuildProgram
{
    /// <summary>The compiled program, with the hash of the sources it was compiled from in <c>.source-hash</c>.</summary>
    public const string Directory = ".nuke/temp/build-bin";

    /// <summary>The cache of <see cref="Directory"/>, keyed on <c>./build.sh --source-hash</c>.</summary>
    public static BuildProgramCache Cache { get; } = new(Directory, "./build.sh --source-hash");
}
