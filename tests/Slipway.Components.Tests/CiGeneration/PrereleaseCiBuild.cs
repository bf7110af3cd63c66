using Slipway.Components.CiGeneration;
using Slipway.Components.Prerelease;

namespace Slipway.Components.Tests.CiGeneration;

/// <summary>
/// A project's build with branch pre-releases, as a user adds them: a GitHub workflow and GitLab jobs that publish on
/// every push of main and feature branches, and prune on a schedule (GitHub also when a branch is deleted); CI
/// artifacts kept 1 day, pre-releases 7 days at most and the newest 3 per branch, set through the parameters'
/// variables. GitLab's image is the project's own, which says what it provides.
/// </summary>
[GitHubActions("prerelease", OnPushBranches = ["main", "feature/**"], CancelInProgress = false, ArtifactRetentionDays = 1,
    InvokedTargets = [nameof(IPublishPrerelease.PublishPrerelease)])]
[GitHubActions("prune-prereleases", OnSchedule = ["17 4 * * *"], OnBranchDeletion = true, OnWorkflowDispatch = true, CancelInProgress = false,
    Variables = ["PRERELEASE_KEEP=3", "PRERELEASE_MAX_AGE_DAYS=7"], InvokedTargets = [nameof(IPrunePrereleases.PrunePrereleases)])]
[GitLab(OnPushBranches = ["main", "feature/**"], ArtifactExpireDays = 1, Image = Image, ImageProvides = ["bash", "dotnet-runtime", "git", "go", "goreleaser"],
    InvokedTargets = [nameof(IPublishPrerelease.PublishPrerelease)])]
[GitLab(OnSchedule = ["17 4 * * *"], Image = Image, ImageProvides = ["bash", "dotnet-runtime", "git", "go", "goreleaser"],
    Variables = ["PRERELEASE_KEEP=3", "PRERELEASE_MAX_AGE_DAYS=7"], InvokedTargets = [nameof(IPrunePrereleases.PrunePrereleases)])]
internal sealed class PrereleaseCiBuild : SlipwayBuild, IPublishPrerelease, IPrunePrereleases, IGenerateCi
{
    public const string Image = "registry.example.com/acme/ci:2026-11";
}
