using Slipway.Components.CiGeneration;
using Slipway.Components.CiGeneration.Capabilities;

namespace Slipway.Components.Tests.CiGeneration;

/// <summary>
/// A project on a Forgejo instance (Codeberg-like) that also mirrors to GitHub: the same graph as Forgejo and GitHub
/// workflows. Its CI runs on the default runner label; the release on a self-hosted label with a Docker daemon.
/// </summary>
[ForgejoActions("ci", OnPullRequest = true, OnPushBranches = ["main"], InvokedTargets = ["Lint", "Test"])]
[ForgejoActions("release", OnPushTags = ["v*"], InvokedTargets = ["Release"], RunnerImage = "docker-host", RunnerProvides = ["bash", "git", "curl", "docker", "docker-buildx", "docker-daemon"], Variables = ["IMAGE_NAME=codeberg.org/acme/tool"], CancelInProgress = false)]
[GitHubActions("ci", OnPullRequest = true, OnPushBranches = ["main"], InvokedTargets = ["Lint", "Test"])]
internal sealed class ForgejoBuild : SlipwayBuild, IGenerateCi
{
    public Target Lint => _ => _.Requires(TestTools.Go, TestTools.GolangciLint).Executes(() => { });

    public Target Test => _ => _.Requires(TestTools.Go).Executes(() => { });

    public Target SnapshotBuild => _ => _.Requires(TestTools.Go, TestTools.GoReleaser).Produces("dist/").Executes(() => { });

    public Target DockerDryRun => _ => _.Consumes(SnapshotBuild, "dist/").Uses(new UsesDockerDaemon()).Executes(() => { });

    public Target Release => _ => _.DependsOn(Lint, Test, DockerDryRun).Requires(TestTools.GoReleaser)
        .Uses(new PublishesRelease(Scm: null), new BuildsMultiPlatformImages(), new LogsInToRegistry(v => [LogsInToRegistry.RegistryOf(v["IMAGE_NAME"])]))
        .Executes(() => { });
}
