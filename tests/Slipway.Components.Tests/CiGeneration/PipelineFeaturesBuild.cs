using Slipway.Components.CiGeneration;
using Slipway.Components.CiGeneration.Capabilities;

namespace Slipway.Components.Tests.CiGeneration;

/// <summary>
/// A build using every pipeline feature real projects asked for: a release called with a tag input (release-please),
/// inputs mapped to parameters, a schedule, a [Secret] parameter only one target needs, renamed secrets, per-job
/// variables, and GitLab groups with rules of their own (changes with compare_to, a manual fallback).
/// </summary>
[GitHubActions("ci", OnPullRequest = true, OnPushBranches = ["main"], OnWorkflowDispatch = true, OnSchedule = ["0 4 * * 1"], WorkflowInputs = ["GoTags"], InvokedTargets = ["Test"])]
[GitHubActions(
    "release", OnPushTags = ["v*"], OnWorkflowCall = true, OnWorkflowDispatch = true, TagInput = "tag", CancelInProgress = false,
    InvokedTargets = ["Release"], SecretNames = ["NOTARY_KEY=NOTARY_SIGNING_KEY"], JobVariables = ["Release:GOFLAGS=-mod=readonly"])]
[GitLab(OnMergeRequests = true, OnPushBranches = ["main"], InvokedTargets = ["Test"], ImageProvides = ["bash", "dotnet-runtime", "go", "goreleaser"])]
[GitLab(OnPushBranches = ["main"], InvokedTargets = ["Docs"], OnlyWhenChanged = ["docs/**/*"], CompareTo = "refs/heads/main", ManualFallback = true)]
[GitLab(OnPushTags = ["v*"], InvokedTargets = ["Release"], SecretNames = ["GITLAB_TOKEN=GITLAB_RELEASE_TOKEN", "NOTARY_KEY=NOTARY_SIGNING_KEY"], JobVariables = ["Release:GORELEASER_CURRENT_TAG=$CI_COMMIT_TAG"])]
internal sealed class PipelineFeaturesBuild : SlipwayBuild, IGenerateCi
{
    [Parameter("Go build tags for the test run (go test -tags)")]
    public string? GoTags { get; set; }

    [Parameter("Key the release notarizes its archives with"), Secret]
    public string? NotaryKey { get; set; }

    public Target Test => _ => _.Requires(TestTools.Go).Executes(() => { });

    public Target Docs => _ => _.Executes(() => { });

    public Target Notarize => _ => _.Requires(() => NotaryKey).Executes(() => { });

    public Target Validate => _ => _.DependsOn(Test);

    public Target Release => _ => _.DependsOn(Validate, Notarize)
        .Requires(TestTools.GoReleaser).Uses(new PublishesRelease(Scm: null)).Executes(() => { });
}
