using Slipway.Components.CiGeneration;
using Slipway.Components.CiGeneration.Capabilities;

namespace Slipway.Components.Tests.CiGeneration;

/// <summary>
/// Shaped like this repository's build: CI and release workflows (and a CI image workflow, which GitHub jobs never use),
/// one GitLab file with a release group; the release depends on the validation aggregate.
/// </summary>
[GitHubActions("ci", OnPullRequest = true, OnPushBranches = ["main"], InvokedTargets = ["ValidateRelease", "CheckGenerated"])]
[GitHubActions("release-validation", OnWorkflowDispatch = true, OnSchedule = ["17 3 * * 1"], InvokedTargets = ["ValidateRelease"], ArtifactRetentionDays = 7)]
[GitHubActions("release", OnPushTags = ["v*"], InvokedTargets = ["Release"], ArtifactRetentionDays = 7, CancelInProgress = false, TimeoutMinutes = 60)]
[GitHubActions("ci-image", OnPushBranches = ["main"], OnPushPaths = ["Dockerfile.ci", ".mise/config.toml"], InvokedTargets = ["BuildCiImage"], CancelInProgress = false)]
[GitLab(OnMergeRequests = true, OnPushBranches = ["main"], InvokedTargets = ["ValidateRelease", "CheckGenerated"], CiImageTarget = "BuildCiImage", Variables = ["GOFLAGS=-mod=readonly", "IMAGE_NAME=$CI_REGISTRY_IMAGE/tool"])]
[GitLab(OnPushTags = ["v*"], InvokedTargets = ["Release"], ArtifactExpireDays = 7)]
internal class RepositoryBuild : SlipwayBuild, IGenerateCi
{
    public Target Lint => _ => _.Requires(TestTools.Go, TestTools.GolangciLint).Executes(() => { });

    public Target Test => _ => _.Requires(TestTools.Go).Executes(() => { });

    public Target SnapshotBuild => _ => _.Requires(TestTools.Go, TestTools.GoReleaser).Produces("dist/").Executes(() => { });

    public Target DockerDryRun => _ => _.Consumes(SnapshotBuild, "dist/").Uses(new UsesDockerDaemon()).Executes(() => { });

    public Target ValidateRelease => _ => _.Description("Everything a release needs").DependsOn(Lint, Test, SnapshotBuild, DockerDryRun);

    public Target Release => _ => _.DependsOn(ValidateRelease).Requires(TestTools.GoReleaser)
        .Uses(new PublishesRelease(Scm: null), new BuildsMultiPlatformImages(), new LogsInToRegistry(v => [LogsInToRegistry.RegistryOf(v.GetValueOrDefault("IMAGE_NAME") ?? "ghcr.io/acme/tool")]))
        .Executes(() => { });

    /// <summary>The CI image as if read from this fixture's Dockerfile.ci.</summary>
    CiJobImage? IGenerateCi.CiJobImage() => Support.Ci.CiImage;

    public virtual Target BuildCiImage => _ => _.Uses(new BuildsCiImage(), new UsesDockerDaemon(), new ReadsRegistryCredentials(LogsInToRegistry.GitLabRegistry)).Executes(() => { });
}
