using Slipway.Pipelines.GitLab;
using Slipway.Pipelines.Model;
using YamlDotNet.RepresentationModel;

namespace Slipway.Pipelines.Tests;

public class GitLabCiWriterTests
{
    private static readonly YamlMappingNode File = YamlQuery.Parse(GitLabCiWriter.Write(SamplePipelines.GitLab()));

    private static IEnumerable<string> JobIds => SamplePipelines.GitLab().Jobs.Select(j => j.Id);

    [Fact]
    public void Top_level_has_workflow_rules_default_image_variables_then_jobs_in_order()
    {
        Assert.Equal(["workflow", "default", "variables", .. JobIds], File.Keys());
        Assert.Equal(
            ["$CI_PIPELINE_SOURCE == \"merge_request_event\"", "$CI_COMMIT_BRANCH == \"main\"", "$CI_COMMIT_TAG =~ /^v[^\\/]*$/", "$CI_PIPELINE_SOURCE == \"web\""],
            File.Get("workflow").Seq("rules").Select(r => r.Str("if")));
        Assert.Equal("registry.gitlab.com/slipway/slipway/ci:latest", File.Get("default").Str("image"));
        Assert.False(File.Has("stages"), "All jobs live in the default stage; needs alone orders them.");
    }

    [Fact]
    public void Go_and_NuGet_caches_live_under_the_project_directory()
    {
        var variables = File.Get("variables");
        Assert.Equal("$CI_PROJECT_DIR/.go", variables.Str("GOPATH"));
        Assert.Equal("$CI_PROJECT_DIR/.go/pkg/mod", variables.Str("GOMODCACHE"));
        Assert.Equal("$CI_PROJECT_DIR/.go/cache", variables.Str("GOCACHE"));
        Assert.Equal("$CI_PROJECT_DIR/.nuget/packages", variables.Str("NUGET_PACKAGES"));
        Assert.Equal("1", variables.Str("DOTNET_CLI_TELEMETRY_OPTOUT"));
    }

    [Fact]
    public void Needs_form_the_dag_with_artifacts_only_from_producers()
    {
        Assert.Empty(File.Get("lint").Seq("needs"));
        Assert.Empty(File.Get("snapshot-build").Seq("needs"));
        var dryRun = File.Get("docker-dry-run").Seq("needs").Single();
        Assert.Equal("snapshot-build", dryRun.Str("job"));
        Assert.Equal("true", dryRun.Str("artifacts"));
        var gate = File.Get("validate-release").Seq("needs");
        Assert.Equal(["lint", "test", "snapshot-build", "docker-dry-run"], gate.Select(n => n.Str("job")));
        Assert.All(gate, n => Assert.Equal("false", n.Str("artifacts")));
        Assert.Equal(["echo \"Every needed job passed.\""], File.Get("validate-release").Strings("script"));
    }

    [Fact]
    public void Caches_pull_everywhere_except_the_one_serialized_writer()
    {
        var lint = File.Get("lint");
        Assert.All(lint.Seq("cache"), c => Assert.Equal("pull-push", c.Str("policy")));
        Assert.Equal("cache-writer", lint.Str("resource_group"));
        foreach (var id in new[] { "test", "snapshot-build", "docker-dry-run" })
        {
            Assert.All(File.Get(id).Seq("cache"), c => Assert.Equal("pull", c.Str("policy")));
            Assert.False(File.Get(id).Has("resource_group"));
        }

        var go = lint.Seq("cache")[0];
        Assert.Equal(["go.sum"], go.Get("key").Strings("files"));
        Assert.Equal("go", go.Get("key").Str("prefix"));
        Assert.Equal([".go/pkg/mod", ".go/cache"], go.Strings("paths"));
    }

    [Fact]
    public void Artifacts_expire_and_validation_jobs_are_interruptible()
    {
        Assert.Equal(["dist"], File.Get("snapshot-build").Get("artifacts").Strings("paths"));
        Assert.Equal("1 day", File.Get("snapshot-build").Get("artifacts").Str("expire_in"));
        Assert.Equal("7 days", File.Get("release").Get("artifacts").Str("expire_in"));
        Assert.All(new[] { "lint", "test", "snapshot-build", "docker-dry-run" }, id => Assert.Equal("true", File.Get(id).Str("interruptible")));
        Assert.False(File.Get("release").Has("interruptible"));
        Assert.Equal("15 minutes", File.Get("lint").Str("timeout"));
    }

    [Fact]
    public void Docker_daemon_and_full_history_only_where_a_job_needs_them()
    {
        foreach (var id in JobIds)
        {
            var job = File.Get(id);
            var needsDaemon = id is "docker-dry-run" or "release" or "build-ci-image";
            Assert.Equal(needsDaemon, job.Has("services"));
            Assert.Equal(needsDaemon, job.Has("variables") && job.Get("variables").Has("DOCKER_HOST"));
            Assert.Equal(id is "snapshot-build" or "release", job.Has("variables") && job.Get("variables").Has("GIT_DEPTH"));
        }

        var service = File.Get("docker-dry-run").Seq("services").Single();
        Assert.Equal("docker:29-dind", service.Str("name"));
        Assert.Equal("docker", service.Str("alias"));
        Assert.Equal("tcp://docker:2376", File.Get("docker-dry-run").Get("variables").Str("DOCKER_HOST"));
        Assert.Equal("0", File.Get("release").Get("variables").Str("GIT_DEPTH"));
    }

    [Fact]
    public void Rules_limit_release_to_tags_and_the_image_build_to_changes()
    {
        Assert.Equal("$CI_COMMIT_TAG", File.Get("release").Seq("rules").Single().Str("if"));
        var imageRule = File.Get("build-ci-image").Seq("rules").Single();
        Assert.Equal("$CI_PIPELINE_SOURCE == \"push\" && $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH", imageRule.Str("if")); // the file admits web and schedule pipelines on main too
        Assert.Equal([".ci/**/*", "mise.toml"], imageRule.Strings("changes"));
        Assert.False(File.Get("lint").Has("rules"));
    }

    [Fact]
    public void Setup_becomes_script_lines_before_the_command_and_secrets_map_to_variables()
    {
        var script = File.Get("build-ci-image").Strings("script");
        Assert.Equal(4, script.Count);
        Assert.StartsWith("docker run --privileged --rm tonistiigi/binfmt --install 'amd64,arm64'", script[0], StringComparison.Ordinal);
        Assert.Equal("docker buildx create --use --driver docker-container", script[1]);
        Assert.Equal("printf '%s' \"$CI_REGISTRY_PASSWORD\" | docker login --username \"$CI_REGISTRY_USER\" --password-stdin \"$CI_REGISTRY\"", script[2]);
        Assert.Equal("./build.sh BuildCiImage --skip", script[3]);
        Assert.Equal(["./build.sh Lint --skip"], File.Get("lint").Strings("script"));
        Assert.Equal("$RELEASE_TOKEN", File.Get("release").Get("variables").Str("GITLAB_TOKEN"));
    }

    [Fact]
    public void A_need_on_a_conditional_job_is_optional()
    {
        var pipeline = SamplePipelines.GitLab() with
        {
            Jobs = [new PipelineJob("publish", "Publish", "./build.sh Publish --skip") { Rules = [JobRule.Tags] }, new PipelineJob("announce", "Announce", "./build.sh Announce --skip") { Needs = ["publish"] }],
        };
        var need = YamlQuery.Parse(GitLabCiWriter.Write(pipeline)).Get("announce").Seq("needs").Single();
        Assert.Equal("true", need.Str("optional"));
    }

    [Fact]
    public void Trigger_globs_and_paths_become_workflow_rules()
    {
        var pipeline = SamplePipelines.GitLab() with
        {
            Triggers = new PipelineTriggers { Push = new PushTrigger { Branches = ["release/**"], Paths = ["src/**"] }, PullRequest = new PullRequestTrigger { Branches = ["main"] }, Schedules = ["0 3 * * *"] },
        };
        var rules = YamlQuery.Parse(GitLabCiWriter.Write(pipeline)).Get("workflow").Seq("rules");
        Assert.Equal("$CI_PIPELINE_SOURCE == \"merge_request_event\" && $CI_MERGE_REQUEST_TARGET_BRANCH_NAME == \"main\"", rules[0].Str("if"));
        Assert.Equal("$CI_COMMIT_BRANCH =~ /^release\\/.*$/", rules[1].Str("if"));
        Assert.Equal(["src/**"], rules[1].Strings("changes"));
        Assert.Equal("$CI_PIPELINE_SOURCE == \"schedule\"", rules[2].Str("if"));
    }

    [Fact]
    public void Output_is_byte_stable_with_lf_endings_and_the_generated_header()
    {
        var first = GitLabCiWriter.Write(SamplePipelines.GitLab());
        Assert.Equal(first, GitLabCiWriter.Write(SamplePipelines.GitLab()));
        Assert.DoesNotContain('\r', first);
        Assert.StartsWith("# Generated by Slipway", first, StringComparison.Ordinal);
        Assert.EndsWith("timeout: 30 minutes\n", first, StringComparison.Ordinal);
    }
}
