using Slipway.Components.CiGeneration;

namespace Slipway.Components.Tests.CiGeneration;

/// <summary>Shaped like this repository's build: the four CI files, one GitLab file with a release group.</summary>
[GitHubActions("ci", OnPullRequest = true, OnPushBranches = ["main"], InvokedTargets = ["ValidateRelease", "CheckGenerated"])]
[GitHubActions("release-validation", OnWorkflowDispatch = true, OnSchedule = ["17 3 * * 1"], InvokedTargets = ["ValidateRelease"], ArtifactRetentionDays = 7)]
[GitHubActions("release", OnPushTags = ["v*"], InvokedTargets = ["Release"], ArtifactRetentionDays = 7, CancelInProgress = false, TimeoutMinutes = 60)]
[GitHubActions("ci-image", OnPushBranches = ["main"], OnPushPaths = ["Dockerfile.ci", ".mise/config.toml"], InvokedTargets = ["BuildCiImage"], CancelInProgress = false)]
[GitLab(OnMergeRequests = true, OnPushBranches = ["main"], InvokedTargets = ["ValidateRelease", "CheckGenerated"], CiImageTarget = "BuildCiImage", Variables = ["GOFLAGS=-mod=readonly"])]
[GitLab(OnPushTags = ["v*"], InvokedTargets = ["Release"], ArtifactExpireDays = 7)]
internal class RepositoryBuild : SlipwayBuild, IGenerateCi
{
    public Target Lint => _ => _.Requires(TestTools.Go, TestTools.GolangciLint).Executes(() => { });

    public Target Test => _ => _.Requires(TestTools.Go).Executes(() => { });

    public Target SnapshotBuild => _ => _.Requires(TestTools.Go, TestTools.GoReleaser).Produces("dist/").Executes(() => { });

    public Target DockerDryRun => _ => _.Consumes(SnapshotBuild, "dist/").Uses(CiCapabilities.DockerBuild).Executes(() => { });

    public Target ValidateRelease => _ => _.Description("Everything a release needs").DependsOn(Lint, Test, SnapshotBuild, DockerDryRun);

    public Target Release => _ => _.Requires(TestTools.GoReleaser).Uses(CiCapabilities.ReleasePublish).Executes(() => { });

    public virtual Target BuildCiImage => _ => _.Uses(CiCapabilities.DockerBuild, CiCapabilities.RegistryPush).Executes(() => { });
}
