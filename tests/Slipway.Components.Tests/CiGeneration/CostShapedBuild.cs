using Slipway.Components.CiGeneration;

namespace Slipway.Components.Tests.CiGeneration;

/// <summary>The validation shape (<see cref="IValidationShape"/>) with a release after the gate, partitioned three ways.</summary>
[GitHubActions("ci", OnPullRequest = true, InvokedTargets = ["Validate"], OptimizeJobs = true)]
[GitHubActions("structural", OnPullRequest = true, InvokedTargets = ["Validate"])]
[GitHubActions("one-runner", OnPullRequest = true, InvokedTargets = ["Validate"], OptimizeJobs = true, OptimizeForRunners = 1)]
internal sealed class CostShapedBuild : SlipwayBuild, IGenerateCi, IValidationShape
{
    public Target Release => _ => _.DependsOn<IValidationShape>(x => x.Validate).Executes(() => { });
}
