using Slipway.Components.Tests.CiGeneration.Support;
using Xunit;

namespace Slipway.Components.Tests.CiGeneration.EndToEnd;

/// <summary>
/// This repository's generated <c>.gitlab-ci.yml</c> run end to end by gitlab-ci-local for a merge request, a push to
/// main and a tag: every job the rules select passes, and the jobs that must not run are absent. Each pipeline uses a
/// registry namespace of its own, so the first two start without a CI image (the first pipeline after adoption, or
/// after its tag was deleted) and build it, and the tag pipeline finds the one main pushed.
/// </summary>
[Trait("Category", "EndToEnd")]
[Collection(TestCollections.Docker)]
public sealed class RepositoryPipelineRunTests : IClassFixture<RepositoryPipeline>
{
    private static readonly string[] ValidationJobs = ["build-program", "lint", "test", "snapshot-build", "docker-dry-run", "check-artifact-parity", "validate-release"];

    private readonly RepositoryPipeline _pipeline;
    private readonly string _registry;

    public RepositoryPipelineRunTests(RepositoryPipeline pipeline, RegistryFixture registries)
    {
        _pipeline = pipeline;
        _registry = registries.Open.Host;
    }

    [Fact]
    public async Task A_merge_request_pipeline_validates_with_an_unprotected_ci_image_and_never_releases()
    {
        var project = $"{_registry}/e2e/mr-{Guid.NewGuid():N}";
        var run = await _pipeline.RunAsync(Variables(project, new()
        {
            ["CI_PIPELINE_SOURCE"] = "merge_request_event",
            ["CI_MERGE_REQUEST_IID"] = "7",
            ["CI_MERGE_REQUEST_SOURCE_BRANCH_NAME"] = "feature/faster-sums",
            ["CI_COMMIT_BRANCH"] = "",
            ["CI_COMMIT_REF_NAME"] = "feature/faster-sums",
        }));

        AssertPassed(run, ValidationJobs);
        Assert.DoesNotMatch(@"(?m)^release\s", run.Output);
        Assert.Contains($"{project}/ci-unprotected:ci-", run.Output, StringComparison.Ordinal); // the image an MR built for itself
        Assert.Contains("is not in the registry: building it", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain($"{project}/ci:", run.Output, StringComparison.Ordinal); // never the trusted repository
        Assert.Matches(@"snapshot-build\s+> .*--single-target", run.Output); // a merge request builds the host platform only
    }

    [Fact]
    public async Task A_main_pipeline_builds_the_trusted_ci_image_and_a_tag_pipeline_then_releases_with_it()
    {
        var project = $"{_registry}/e2e/main-{Guid.NewGuid():N}";
        var main = await _pipeline.RunAsync(Variables(project, new()
        {
            ["CI_COMMIT_REF_PROTECTED"] = "true",
            ["CI_IMAGE"] = $"{project}/ci", // what the protected rule of workflow: rules sets
        }));

        AssertPassed(main, ValidationJobs);
        Assert.DoesNotMatch(@"(?m)^release\s", main.Output);
        Assert.Contains("is not in the registry: building it", main.Output, StringComparison.Ordinal);

        var tag = await _pipeline.RunAsync(
            Variables(project, new()
            {
                ["CI_COMMIT_REF_PROTECTED"] = "true",
                ["CI_IMAGE"] = $"{project}/ci",
                ["CI_COMMIT_TAG"] = "v0.4.0",
                ["CI_COMMIT_BRANCH"] = "",
                ["CI_COMMIT_REF_NAME"] = "v0.4.0",
                ["GITLAB_TOKEN"] = "glpat-e2e-test-token",
            }),
            tag: "v0.4.0");

        AssertPassed(tag, [.. ValidationJobs, "release"]);
        Assert.Matches(@"build-program\s+> .*ci:ci-[0-9a-f]{12} exists \(sha256:[0-9a-f]{64}\); nothing to build", tag.Output); // one HEAD request, no build
        Assert.Matches(@"release\s+> .*goreleaser TEST DOUBLE: release --clean", tag.Output);
        Assert.Matches(@"release\s+> .*docker-buildx TEST DOUBLE: buildx create --use --driver docker-container", tag.Output);
        Assert.Matches(@"release\s+> Login Succeeded", tag.Output);
        Assert.DoesNotContain("glpat-e2e-test-token", tag.Output, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Variables(string project, Dictionary<string, string> pipeline)
    {
        var variables = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["CI_REGISTRY"] = project.Split('/')[0],
            ["CI_REGISTRY_IMAGE"] = project,
            ["CI_REGISTRY_USER"] = "gitlab-ci-token",
            ["CI_REGISTRY_PASSWORD"] = "e2e-job-token",
        };
        foreach (var (key, value) in pipeline)
        {
            variables[key] = value;
        }

        return variables;
    }

    private static void AssertPassed(ToolResult run, IEnumerable<string> jobs)
    {
        Assert.True(run.ExitCode == 0, run.Output);
        foreach (var job in jobs)
        {
            Assert.Matches($@"PASS\s+{job}\b", run.Output);
        }
    }
}
