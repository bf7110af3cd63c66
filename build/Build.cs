using Slipway;

namespace SlipwayBuild;

/// <summary>This repository's build.</summary>
internal sealed class Build : Slipway.SlipwayBuild
{
    public static int Main(string[] args) => Execute<Build>(args, x => x.Hello);

    private Target Hello => _ => _.Description("Says hello").Executes(() => Log.Information("hello from {Root}", RootDirectory));
}
