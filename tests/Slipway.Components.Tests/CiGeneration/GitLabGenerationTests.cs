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
        Assert.Equal(["build-program", "build-ci-image", "lint", "test", "snapshot-build", "docker-dry-run", "validate-release", "check-generated", "release"], jobs);
        Assert.Empty(File.Get("build-program").Seq("needs"));
        Assert.Equal([("build-program", true, false), ("build-ci-image", false, true)], Needs("lint"));
        Assert.Equal([("build-program", true, false), ("snapshot-build", true, false)], Needs("docker-dry-run"));
        Assert.Equal(["lint", "test", "snapshot-build", "docker-dry-run"], Needs("validate-release").Select(n => n.Job));
        Assert.Equal(["echo \"Every needed job passed.\""], File.Get("validate-release").Strings("script"));
        Assert.Equal("./build.sh DockerDryRun --skip", File.Get("docker-dry-run").Strings("script")[^1]);
    }

    [Fact]
    public void The_build_program_is_compiled_once_in_the_sdk_image_and_handed_on()
    {
        var program = File.Get("build-program");
        Assert.Equal(GitLabPipelineCompiler.SdkImage, program.Str("image"));
        Assert.Equal(["./build.sh --help"], program.Strings("script"));
        Assert.Equal([".nuke/temp/build-bin"], program.Get("artifacts").Strings("paths"));
        Assert.Equal("$CI_REGISTRY_IMAGE/ci:latest", File.Get("default").Str("image"));
        foreach (var job in new[] { "lint", "test", "snapshot-build", "docker-dry-run", "check-generated", "release" })
        {
            Assert.False(File.Get(job).Has("image"), $"{job} runs in the default CI image");
            Assert.Contains(("build-program", true, false), Needs(job));
        }
    }

    [Fact]
    public void The_ci_image_job_runs_on_changes_against_docker_in_docker_one_at_a_time()
    {
        var image = File.Get("build-ci-image");
        Assert.Equal(["Dockerfile.ci", ".mise/config.toml"], image.Seq("rules").Single().Strings("changes"));
        Assert.Equal("./build.sh BuildCiImage --skip", image.Strings("script")[^1]);
        Assert.Contains("docker buildx create --use --driver docker-container", image.Strings("script"));
        Assert.Contains(image.Strings("script"), l => l.Contains("docker login", StringComparison.Ordinal));
        Assert.DoesNotContain(image.Strings("script"), l => l.Contains("binfmt", StringComparison.Ordinal));
        Assert.Equal("docker:28-dind", image.Seq("services").Single().Str("name"));
        Assert.Equal("tcp://docker:2376", image.Get("variables").Str("DOCKER_HOST"));
        Assert.Equal("ci-image-$CI_REGISTRY_IMAGE/ci", image.Str("resource_group"));
        Assert.Equal(GitLabPipelineCompiler.SdkImage, image.Str("image"));
        Assert.False(image.Has("interruptible"));

        var qemu = Ci.File<MultiPlatformImageBuild>(".gitlab-ci.yml");
        Assert.Contains(qemu.Get("build-ci-image").Strings("script"), l => l.Contains("tonistiigi/binfmt --install 'arm64'", StringComparison.Ordinal));
        Assert.DoesNotContain(qemu.Get("lint").Strings("script"), l => l.Contains("binfmt", StringComparison.Ordinal));
    }

    [Fact]
    public void Go_caches_are_pulled_everywhere_and_pushed_by_one_serialized_job()
    {
        var goJobs = new[] { "lint", "test", "snapshot-build" };
        foreach (var job in goJobs)
        {
            var cache = File.Get(job).Seq("cache").Single();
            Assert.Equal([".cache-key"], cache.Get("key").Strings("files"));
            Assert.Equal([".go/pkg/mod", ".go/cache"], cache.Strings("paths"));
            Assert.Equal(job == "lint" ? "pull-push" : "pull", cache.Str("policy"));
        }

        Assert.Equal("cache_updates", File.Get("lint").Str("resource_group"));
        Assert.False(File.Get("test").Has("resource_group"));
        Assert.False(File.Get("docker-dry-run").Has("cache"));
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
        Assert.Equal("$CI_COMMIT_TAG", File.Get("release").Seq("rules").Single().Str("if")); // the tag-only group
        Assert.Equal("0", File.Get("release").Get("variables").Str("GIT_DEPTH"));
        Assert.False(File.Get("lint").Has("rules"));
    }

    [Fact]
    public void Workflow_rules_cover_merge_requests_the_default_branch_and_tags()
    {
        var rules = File.Get("workflow").Seq("rules").Select(r => r.Str("if")).ToList();
        Assert.Equal(["$CI_PIPELINE_SOURCE == \"merge_request_event\"", "$CI_COMMIT_BRANCH == \"main\"", "$CI_COMMIT_TAG =~ /^v[^/]*$/"], rules);
    }

    [Fact]
    public void The_image_comes_from_the_overridable_member()
    {
        var settings = Ci.Settings() with { GitLabImage = _ => "registry.example.com/ci:0123abcd" };
        var graph = Slipway.Graph.TargetGraph.Discover(new RepositoryBuild());
        var pipeline = CiFileGenerator.CompileGitLab(typeof(RepositoryBuild), graph, settings)!;
        Assert.Equal("registry.example.com/ci:0123abcd", pipeline.GitLab.DefaultImage);
        Assert.Equal("ci-image-registry.example.com/ci", pipeline.Jobs.Single(j => j.Id == "build-ci-image").SerializationGroup);
    }
}
