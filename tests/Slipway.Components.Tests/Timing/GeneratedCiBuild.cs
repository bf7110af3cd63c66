using Slipway.Components.CiGeneration;
using Slipway.Components.Timing;

namespace Slipway.Components.Tests.Timing;

/// <summary>A build whose pipelines come from its CI attributes, as PlanCi and CaptureBaseline find them by default.</summary>
[GitHubActions("ci", OnPullRequest = true, InvokedTargets = ["Check"])]
[GitLab(OnPushBranches = ["main"], InvokedTargets = ["Check"], ImageProvides = ["bash", "dotnet-runtime"])]
internal sealed class GeneratedCiBuild : SlipwayBuild, IGenerateCi, IPlanCi, ICaptureBaseline
{
    public Target Lint => _ => _.Executes(() => { });

    public Target Test => _ => _.Executes(() => { });

    public Target Check => _ => _.DependsOn(Lint, Test);
}
