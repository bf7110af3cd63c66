using Slipway.Components.CiGeneration;

namespace Slipway.Components.Tests.CiGeneration;

[GitHubActions("ci", OnPullRequest = true, InvokedTargets = ["Lnt"])]
internal sealed class UnknownTargetBuild : SlipwayBuild, IGenerateCi
{
    public Target Lint => _ => _.Executes(() => { });
}
