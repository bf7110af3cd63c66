namespace Slipway.Tests.TestBuilds;

/// <summary>Parameters and targets for the command-line and set-up edge cases the engine must get right.</summary>
public sealed class EdgeCaseBuild : RecordingBuild
{
    [Parameter("A flag")]
    public bool Publish { get; set; }

    [Parameter("A count that must be given")]
    public int Shards { get; set; }

    [Parameter("Tokens, one per registry")]
    [Secret]
    public string[] Tokens { get; set; } = [];

    public Target Show => _ => _.Executes(() =>
    {
        Log.Information("publish={Publish}", Publish);
        foreach (var token in Tokens)
        {
            Log.Information("token {Token}", token);
        }

        Record(nameof(Show));
    });

    public Target Split => _ => _.Requires(() => Shards).Executes(() => Record(nameof(Split)));
}

/// <summary>A build whose target property throws while being discovered.</summary>
public sealed class ThrowingDiscoveryBuild : SlipwayBuild
{
    public Target Broken => throw new InvalidOperationException("the Broken property is not ready");
}
