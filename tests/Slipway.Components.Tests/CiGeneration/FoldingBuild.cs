using Slipway.Components.CiGeneration;

namespace Slipway.Components.Tests.CiGeneration;

/// <summary>A folded dependency: Restore has no outputs, so it runs inside every job that needs it.</summary>
[GitHubActions("ci", OnPullRequest = true, InvokedTargets = ["Lint", "Test"])]
internal sealed class FoldingBuild : SlipwayBuild, IGenerateCi
{
    public Target Restore => _ => _.Requires(TestTools.Go).Executes(() => { });

    public Target Lint => _ => _.DependsOn(Restore).Executes(() => { });

    public Target Test => _ => _.DependsOn(Restore).Executes(() => { });
}
