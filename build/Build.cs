using Slipway.Components.CacheKey;
using Slipway.Components.CiGeneration;
using Slipway.Components.CiImage;
using Slipway.Components.CiSystems.GitHub;
using Slipway.Components.CiSystems.GitLab;
using Slipway.Components.Packages;
using Slipway.Components.Release;
using Slipway.Components.Timing;
using Slipway.Components.Tools;

namespace SlipwayBuild;

/// <summary>
/// This repository's build: the example Go program (sumcheck) released with GoReleaser and Docker, and Slipway's own
/// NuGet packages (Pack; PublishPackages on a tag). The attributes
/// compile the same target graph into the GitHub Actions workflows and the GitLab pipeline; `./build.sh GenerateCi`
/// writes them and `CheckGenerated` (part of Lint) fails when they drift.
/// </summary>
[GitHubActions(
    "ci",
    OnPushBranches = ["main"],
    OnPullRequest = true,
    OnWorkflowDispatch = true,
    InvokedTargets = [nameof(IValidateRelease.ValidateRelease)])]
[GitHubActions(
    "release",
    OnPushTags = ["v*"],
    CancelInProgress = false,
    ArtifactRetentionDays = 7,
    TimeoutMinutes = 60,
    InvokedTargets = [nameof(IRelease.Release), nameof(IPublishPackages.PublishPackages)])]
[GitLab(
    OnMergeRequests = true,
    OnPushBranches = ["$CI_DEFAULT_BRANCH"],
    CiImageTarget = nameof(ICiImage.BuildCiImage),
    // .goreleaser.yaml reads the image name and the source label from these; GitHub keeps their defaults.
    Variables = ["IMAGE_NAME=$CI_REGISTRY_IMAGE/sumcheck", "SOURCE_URL=$CI_PROJECT_URL"],
    InvokedTargets = [nameof(IValidateRelease.ValidateRelease)])]
[GitLab(
    OnPushTags = ["v*"],
    ArtifactExpireDays = 7,
    TimeoutMinutes = 60,
    InvokedTargets = [nameof(IRelease.Release)])]
internal sealed class Build : Slipway.SlipwayBuild, IValidateRelease, IRelease, IPublishPackages, ICacheKey, ICiImage, ICaptureBaseline, ICheckTimings, IPlanCi
{
    public static int Main(string[] args) => Execute<Build>(args, x => ((IValidateRelease)x).ValidateRelease);

    /// <summary>The build program also restores the src/ projects it references.</summary>
    IReadOnlyList<string> IGenerateCi.DotNetCacheKeyFiles => ["global.json", "Directory.Build.props", "build/*.csproj", "src/*/*.csproj"];

    /// <summary>The default inputs, plus the src/ projects the build program restores.</summary>
    IReadOnlyList<string> ICacheKey.EffectiveCacheKeyFiles =>
        [.. CacheKeyFile.DefaultFiles, "src/Slipway/Slipway.csproj", "src/Slipway.Clients/Slipway.Clients.csproj", "src/Slipway.Pipelines/Slipway.Pipelines.csproj", "src/Slipway.Components/Slipway.Components.csproj"];

    /// <summary>Tools come from PATH, else from mise at the versions pinned in .mise/config.toml.</summary>
    protected override void OnBuildInitialized() => Context.Tools = new MiseToolLocator(Context);
}
