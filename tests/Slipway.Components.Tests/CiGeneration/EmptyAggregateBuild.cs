using Slipway.Components.CiGeneration;

namespace Slipway.Components.Tests.CiGeneration;

[GitHubActions("ci", OnPullRequest = true, InvokedTargets = ["All"])]
internal sealed class EmptyAggregateBuild : SlipwayBuild, IGenerateCi
{
    public Target All => _ => _.Description("Nothing yet");
}
