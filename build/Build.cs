using Slipway.Components.CacheKey;
using Slipway.Components.CiGeneration;
using Slipway.Components.CiImage;
using Slipway.Components.Go;
using Slipway.Components.Release;
using Slipway.Components.Timing;
using Slipway.Components.Tools;

namespace SlipwayBuild;

/// <summary>
/// This repository's build: the example Go program (sumcheck) released with GoReleaser and Docker. The attributes
/// compile the same target graph into the GitHub Actions workflows and the GitLab pipeline; `./build.sh GenerateCi`
/// writes them and `CheckGenerated` (part of Lint) fails when they drift.
/// </summary>
[GitHubActions(
    "ci",
    OnPushBranches = ["main"],
    OnPullRequest = true,
    InvokedTargets = [nameof(ILint.Lint), nameof(ITest.Test)])]
[GitHubActions(
    "release-validation",
    OnPushBranches = ["main"],
    OnPullRequestPaths = [".goreleaser.yaml", "Dockerfile", "release-contract.json", "go.mod", "go.sum", "**/*.go", ".mise/config.toml"],
    OnWorkflowDispatch = true,
    InvokedTargets = [nameof(IValidateRelease.ValidateRelease)])]
[GitHubActions(
    "release",
    OnPushTags = ["v*"],
    CancelInProgress = false,
    ArtifactRetentionDays = 7,
    TimeoutMinutes = 60,
    InvokedTargets = [nameof(IRelease.Release)])]
[GitHubActions(
    "ci-image",
    OnPushBranches = ["main"],
    Variables = ["CI_IMAGE=ghcr.io/slipway-build/slipway/ci"],
    OnPushPaths = ["Dockerfile.ci", ".mise/config.toml"],
    OnWorkflowDispatch = true,
    CancelInProgress = false,
    TimeoutMinutes = 60,
    InvokedTargets = [nameof(ICiImage.BuildCiImage)])]
[GitLab(
    OnMergeRequests = true,
    OnPushBranches = ["$CI_DEFAULT_BRANCH"],
    CiImageTarget = nameof(ICiImage.BuildCiImage),
    Variables = ["CI_IMAGE=$CI_REGISTRY_IMAGE/ci"],
    InvokedTargets = [nameof(IValidateRelease.ValidateRelease)])]
[GitLab(
    OnPushTags = ["v*"],
    ArtifactExpireDays = 7,
    TimeoutMinutes = 60,
    InvokedTargets = [nameof(IRelease.Release)])]
internal sealed class Build : Slipway.SlipwayBuild, IValidateRelease, IRelease, ICacheKey, ICiImage, ICaptureBaseline, ICheckTimings, IPlanCi
{
    public static int Main(string[] args) => Execute<Build>(args, x => ((IValidateRelease)x).ValidateRelease);

    /// <summary>Tools come from PATH, else from mise at the versions pinned in .mise/config.toml.</summary>
    protected override void OnBuildInitialized() => Context.Tools = new MiseToolLocator(Context);
}
