using Slipway.Components.CiGeneration;

namespace Slipway.Components.Tests.CiGeneration;

[GitHubActions("ci", OnPullRequest = true, InvokedTargets = ["Check"])]
internal sealed class MissingProducerBuild : SlipwayBuild, IGenerateCi
{
    public Target Compile => _ => _.Executes(() => { });

    public Target Check => _ => _.Consumes(Compile, "bin/").Executes(() => { });
}
