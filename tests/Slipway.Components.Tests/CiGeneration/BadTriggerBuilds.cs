using Slipway.Components.CiGeneration;
using Slipway.Components.CiGeneration.Capabilities;

namespace Slipway.Components.Tests.CiGeneration;

/// <summary>Finding 8 put back: pull-request path filters without the pull-request trigger.</summary>
[GitHubActions("release-validation", OnPushBranches = ["main"], OnPullRequestPaths = [".goreleaser.yaml", "go.sum"], InvokedTargets = ["Test"])]
internal sealed class PathsWithoutPullRequestBuild : SlipwayBuild, IGenerateCi
{
    public Target Test => _ => _.Executes(() => { });
}

/// <summary>Push path filters without a push trigger.</summary>
[GitHubActions("ci-image", OnWorkflowDispatch = true, OnPushPaths = ["Dockerfile.ci"], InvokedTargets = ["Test"])]
internal sealed class PathsWithoutPushBuild : SlipwayBuild, IGenerateCi
{
    public Target Test => _ => _.Executes(() => { });
}

/// <summary>A release publishing multi-platform images with no registry to log in to.</summary>
[GitHubActions("release", OnPushTags = ["v*"], InvokedTargets = ["Release"])]
internal sealed class ReleaseWithoutRegistryBuild : SlipwayBuild, IGenerateCi
{
    public Target Test => _ => _.Executes(() => { });

    public Target Release => _ => _.DependsOn(Test).Uses(new PublishesRelease(Scm: null), new BuildsMultiPlatformImages(), new LogsInToRegistry(_ => [])).Executes(() => { });
}
