using Slipway.Components.CiGeneration;
using Slipway.Components.Tests.CiGeneration.Support;
using Xunit;
using YamlDotNet.RepresentationModel;

namespace Slipway.Components.Tests.CiGeneration;

/// <summary>Structure of the generated <c>.gitlab-ci.yml</c>, read back from the YAML.</summary>
public class GitLabGenerationTests
{
    private static readonly YamlMappingNode File = Ci.File<RepositoryBuild>(".gitlab-ci.yml");

    private static IReadOnlyList<(string Job, bool Artifacts, bool Optional)> Needs(string job) =>
        File.Get(job).Seq("needs").Select(n => (n.Str("job"), n.Str("artifacts") == "true", n.Has("optional"))).ToList();

    [Fact]
    public void Jobs_form_a_needs_dag_behind_the_build_program()
    {
        var jobs = File.Keys().Where(k => k is not ("workflow" or "default" or "variables")).ToList();
        Assert.Equal(["build-program", "lint", "test", "snapshot-build", "docker-dry-run", "validate-release", "check-generated", "release"], jobs);
        Assert.Empty(File.Get("build-program").Seq("needs"));
        Assert.Equal([("build-program", true, false)], Needs("lint"));
        Assert.Equal([("build-program", true, false), ("snapshot-build", true, false)], Needs("docker-dry-run"));
        Assert.Equal(["lint", "test", "snapshot-build", "docker-dry-run"], Needs("validate-release").Select(n => n.Job));
        Assert.Equal(["echo \"Every needed job passed.\""], File.Get("validate-release").Strings("script"));
        Assert.Equal("./build.sh DockerDryRun --skip", File.Get("docker-dry-run").Strings("script")[^1]);
    }

    [Fact]
    public void The_release_waits_for_the_validation_gate()
    {
        Assert.Equal([("build-program", true, false), ("validate-release", false, false)], Needs("release"));
        Assert.Equal("$CI_COMMIT_TAG =~ /^v[^\\/]*$/", File.Get("release").Seq("rules").Single().Str("if"));
    }

    [Fact]
    public void The_build_program_is_compiled_once_in_an_sdk_image_with_bash_and_makes_sure_the_ci_image_exists()
    {
        var program = File.Get("build-program");
        Assert.Equal("mcr.microsoft.com/dotnet/sdk:10.0-noble", program.Str("image")); // the Alpine SDK images have no bash
        Assert.Equal(["./build.sh BuildCiImage --skip"], program.Strings("script")); // one HEAD request when the image exists
        Assert.Equal([".nuke/temp/build-bin", ".nuke/temp/timings.json"], program.Get("artifacts").Strings("paths"));
        Assert.Equal("docker:29-dind", program.Seq("services").Single().Str("name")); // builds the image when it is missing
        Assert.Equal("tcp://docker:2376", program.Get("variables").Str("DOCKER_HOST"));
        Assert.Equal("$CI_REGISTRY_USER", program.Get("variables").Str("REGISTRY_USERNAME"));
        Assert.Equal("$CI_REGISTRY_PASSWORD", program.Get("variables").Str("REGISTRY_PASSWORD"));
        Assert.False(program.Has("rules")); // every pipeline, so the image exists before the jobs that run in it
        Assert.False(program.Has("resource_group")); // a content tag makes a second push harmless; never queue pipelines here
        Assert.Equal("$CI_IMAGE:ci-0123456789ab", File.Get("default").Str("image"));
        foreach (var job in new[] { "lint", "test", "snapshot-build", "docker-dry-run", "check-generated", "release" })
        {
            Assert.False(File.Get(job).Has("image"), $"{job} runs in the default CI image");
            Assert.Contains(("build-program", true, false), Needs(job));
        }
    }

    [Fact]
    public void Only_pipelines_of_protected_refs_use_and_push_the_trusted_ci_image()
    {
        Assert.Equal("$CI_REGISTRY_IMAGE/ci-unprotected", File.Get("variables").Str("CI_IMAGE"));
        var rules = File.Get("workflow").Seq("rules").ToList();
        var request = rules.Single(r => r.Str("if") == "$CI_PIPELINE_SOURCE == \"merge_request_event\"");
        Assert.False(request.Has("variables")); // merge requests, forks included, never touch the trusted repository
        foreach (var guarded in rules.Where(r => r.Has("variables")))
        {
            Assert.EndsWith("&& $CI_COMMIT_REF_PROTECTED == \"true\"", guarded.Str("if"), StringComparison.Ordinal);
            Assert.Equal("$CI_REGISTRY_IMAGE/ci", guarded.Get("variables").Str("CI_IMAGE"));
        }

        Assert.Equal(2, rules.Count(r => r.Has("variables"))); // the main branch and the tags
    }

    [Fact]
    public void The_gate_runs_in_a_small_image_without_a_checkout()
    {
        var gate = File.Get("validate-release");
        Assert.Equal("alpine:3.23", gate.Str("image"));
        Assert.Equal("none", gate.Get("variables").Str("GIT_STRATEGY"));
    }

    [Fact]
    public void The_release_gets_a_daemon_buildx_a_login_and_its_token_only()
    {
        var release = File.Get("release");
        Assert.Equal("docker:29-dind", release.Seq("services").Single().Str("name"));
        var script = release.Strings("script");
        Assert.Equal("docker buildx create --use --driver docker-container", script[0]);
        Assert.Equal("printf '%s' \"$CI_REGISTRY_PASSWORD\" | docker login --username \"$CI_REGISTRY_USER\" --password-stdin \"$CI_REGISTRY\"", script[1]);
        Assert.Equal("./build.sh Release --skip", script[^1]);
        var variables = release.Get("variables");
        Assert.Equal("$GITLAB_TOKEN", variables.Str("GITLAB_TOKEN"));
        Assert.False(variables.Has("GITHUB_TOKEN"));
        Assert.False(File.Get("lint").Has("variables") && File.Get("lint").Get("variables").Has("GITLAB_TOKEN"));
    }

    [Fact]
    public void The_docker_dry_run_talks_to_the_engine_api_without_buildx()
    {
        var dryRun = File.Get("docker-dry-run");
        Assert.Equal("docker:29-dind", dryRun.Seq("services").Single().Str("name"));
        Assert.Equal(["./build.sh DockerDryRun --skip"], dryRun.Strings("script"));
    }

    [Fact]
    public void Go_caches_are_pulled_everywhere_and_pushed_by_one_serialized_job()
    {
        var goJobs = new[] { "lint", "test", "snapshot-build" };
        foreach (var job in goJobs)
        {
            var (modules, build) = (File.Get(job).Seq("cache")[0], File.Get(job).Seq("cache")[1]);
            Assert.Equal([".cache-key"], modules.Get("key").Strings("files"));
            Assert.Equal([".go/pkg/mod"], modules.Strings("paths"));
            // The build cache follows the branch and falls back to the default branch's: a near miss restores most of it.
            Assert.Equal(("go-build-$CI_COMMIT_REF_SLUG", ".go/cache"), (build.Str("key"), build.Strings("paths").Single()));
            Assert.Equal(["go-build-$CI_DEFAULT_BRANCH"], build.Strings("fallback_keys"));
            Assert.All(new[] { modules, build }, c => Assert.Equal(job == "lint" ? "pull-push" : "pull", c.Str("policy")));
            Assert.Equal("go-modules=.go/pkg/mod go-build=.go/cache", File.Get(job).Get("variables").Str("SLIPWAY_CACHE_PATHS"));
        }

        Assert.Equal("cache_updates", File.Get("lint").Str("resource_group"));
        Assert.False(File.Get("test").Has("resource_group"));
        Assert.False(File.Get("docker-dry-run").Has("cache"));
        var (nuget, program) = (File.Get("build-program").Seq("cache")[0], File.Get("build-program").Seq("cache")[1]);
        Assert.Equal([".cache-key"], nuget.Get("key").Strings("files"));
        Assert.Equal([".cache-key"], program.Get("key").Strings("files")); // build.sh recompiles when the sources' hash differs
        Assert.Equal(("build-program", ".nuke/temp/build-bin", "pull-push"), (program.Get("key").Str("prefix"), program.Strings("paths").Single(), program.Str("policy")));
        Assert.Equal("$CI_PROJECT_DIR/.go", File.Get("variables").Str("GOPATH"));
        Assert.Equal("-mod=readonly", File.Get("variables").Str("GOFLAGS"));
    }

    [Fact]
    public void Artifacts_expire_and_validation_jobs_are_interruptible()
    {
        Assert.Equal("1 day", File.Get("snapshot-build").Get("artifacts").Str("expire_in"));
        Assert.Equal(["dist", ".nuke/temp/timings.json"], File.Get("snapshot-build").Get("artifacts").Strings("paths"));
        Assert.Equal("always", File.Get("snapshot-build").Get("artifacts").Str("when"));
        Assert.Equal("7 days", File.Get("release").Get("artifacts").Str("expire_in"));
        foreach (var job in new[] { "lint", "test", "snapshot-build", "docker-dry-run", "validate-release" })
        {
            Assert.Equal("true", File.Get(job).Str("interruptible"));
        }

        Assert.False(File.Get("release").Has("interruptible"));
        Assert.Equal("0", File.Get("release").Get("variables").Str("GIT_DEPTH"));
        Assert.False(File.Get("lint").Has("rules"));
    }

    [Fact]
    public void Workflow_rules_cover_merge_requests_the_default_branch_and_tags()
    {
        var rules = File.Get("workflow").Seq("rules").Select(r => r.Str("if")).Where(r => !r.Contains("PROTECTED", StringComparison.Ordinal)).ToList();
        Assert.Equal(["$CI_PIPELINE_SOURCE == \"merge_request_event\"", "$CI_COMMIT_BRANCH == \"main\"", "$CI_COMMIT_TAG =~ /^v[^\\/]*$/"], rules);
    }

    [GitLab(OnMergeRequests = true, InvokedTargets = ["Lint"], Image = "registry.example.com/ci:0123abcd")]
    private sealed class OwnImageBuild : SlipwayBuild, IGenerateCi
    {
        public Target Lint => _ => _.Requires(TestTools.Go, TestTools.GolangciLint).Executes(() => { });
    }

    [Fact]
    public void The_CI_image_is_the_repository_variable_at_the_content_tag()
    {
        Assert.Equal("$CI_IMAGE:" + Ci.CiImage.Tag, File.Get("default").Str("image"));
    }

    [Fact]
    public void An_image_named_on_the_attribute_is_used_and_must_be_known()
    {
        var graph = Slipway.Graph.TargetGraph.Discover(new OwnImageBuild());
        Assert.Equal("registry.example.com/ci:0123abcd", CiFileGenerator.Compile<GitLabCiSystem>(typeof(OwnImageBuild), graph, Ci.Settings()).Single().GitLab!.DefaultImage);

        var error = Assert.Throws<BuildConfigurationException>(() => CiFileGenerator.Generate(typeof(OwnImageBuild), graph, Ci.Settings()));
        Assert.Contains("Job 'lint': runs in 'registry.example.com/ci:0123abcd', an image whose contents are not known", error.Message, StringComparison.Ordinal);
    }
}
