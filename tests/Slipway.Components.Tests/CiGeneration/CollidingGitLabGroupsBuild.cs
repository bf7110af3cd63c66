using Slipway.Components.CiGeneration;

namespace Slipway.Components.Tests.CiGeneration;

/// <summary>Two GitLab groups make job 'lint' differently: one folds Restore into it, one gives Restore its own job.</summary>
[GitLab(OnMergeRequests = true, InvokedTargets = ["Lint"])]
[GitLab(OnPushTags = ["v*"], InvokedTargets = ["Lint"], OwnJobTargets = ["Restore"])]
internal sealed class CollidingGitLabGroupsBuild : SlipwayBuild, IGenerateCi
{
    public Target Restore => _ => _.Executes(() => { });

    public Target Lint => _ => _.DependsOn(Restore).Executes(() => { });
}
