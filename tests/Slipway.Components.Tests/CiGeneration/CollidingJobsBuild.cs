using Slipway.Components.CiGeneration;

namespace Slipway.Components.Tests.CiGeneration;

[GitHubActions("ci", OnPullRequest = true, InvokedTargets = ["DockerBuild", "Docker_Build"])]
internal sealed class CollidingJobsBuild : SlipwayBuild, IGenerateCi
{
    public Target DockerBuild => _ => _.Executes(() => { });

    public Target Docker_Build => _ => _.Executes(() => { });
}
