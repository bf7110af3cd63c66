using Slipway.Pipelines.GitHub;
using Slipway.Pipelines.Model;
using Slipway.Pipelines.Tests.Support;
using Slipway.Pipelines.Validation;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Slipway.Pipelines.Tests;

public class GitHubActionsWriterTests
{
    private static readonly YamlMappingNode Ci = YamlQuery.Parse(GitHubActionsWriter.Write(SamplePipelines.Ci()));
    private static readonly YamlMappingNode Release = YamlQuery.Parse(GitHubActionsWriter.Write(SamplePipelines.Release()));
    private static readonly YamlMappingNode CiImage = YamlQuery.Parse(GitHubActionsWriter.Write(SamplePipelines.CiImage()));

    private static YamlNode Job(YamlNode workflow, string id) => workflow.Get("jobs").Get(id);

    private static List<string> Uses(YamlNode job) =>
        job.Seq("steps").Where(s => s.Has("uses")).Select(s => s.Str("uses")).ToList();

    private static YamlNode Step(YamlNode job, string name) => job.Seq("steps").Single(s => s.Str("name") == name);

    [Fact]
    public void Workflow_keys_come_in_fixed_order_with_least_privilege_and_per_ref_concurrency()
    {
        Assert.Equal(["name", "on", "permissions", "concurrency", "env", "jobs"], Ci.Keys());
        Assert.Equal(["contents"], Ci.Get("permissions").Keys());
        Assert.Equal("read", Ci.Get("permissions").Str("contents"));
        Assert.Equal("${{ github.workflow }}-${{ github.ref }}", Ci.Get("concurrency").Str("group"));
        Assert.Equal("${{ github.event_name == 'pull_request' }}", Ci.Get("concurrency").Str("cancel-in-progress"));
        Assert.Equal(["push", "pull_request", "workflow_dispatch"], Ci.Get("on").Keys());
        Assert.Equal(["main"], Ci.Get("on").Get("push").Strings("branches"));
        Assert.Equal(["lint", "test", "snapshot-build", "docker-dry-run", "validate-release"], Ci.Get("jobs").Keys());
    }

    [Fact]
    public void Job_keys_come_in_fixed_order()
    {
        Assert.Equal(["name", "needs", "runs-on", "timeout-minutes", "steps"], Job(Ci, "docker-dry-run").Keys());
        Assert.Equal(["name", "needs", "if", "runs-on", "timeout-minutes", "steps"], Job(Ci, "validate-release").Keys());
        Assert.Equal(["name", "runs-on", "timeout-minutes", "permissions", "concurrency", "env", "steps"], Job(Release, "release").Keys());
        Assert.Equal("15", Job(Ci, "lint").Str("timeout-minutes"));
        Assert.Equal(["snapshot-build"], Job(Ci, "docker-dry-run").Strings("needs"));
    }

    [Fact]
    public void Each_job_sets_up_only_what_it_needs_in_a_fixed_order()
    {
        string[] go = ["actions/setup-go@v7", "actions/cache@v5", "actions/cache@v5"];
        Assert.Equal(["actions/checkout@v7", "actions/setup-dotnet@v6", .. go], Uses(Job(Ci, "lint")));
        Assert.Equal(["actions/checkout@v7", "actions/setup-dotnet@v6", .. go], Uses(Job(Ci, "test"))); // listed Go first
        Assert.Equal(["actions/checkout@v7", "actions/setup-dotnet@v6", .. go, "goreleaser/goreleaser-action@v7", "actions/upload-artifact@v7"], Uses(Job(Ci, "snapshot-build")));
        Assert.Equal(["actions/checkout@v7", "actions/setup-dotnet@v6", "docker/setup-buildx-action@v4", "actions/download-artifact@v8"], Uses(Job(Ci, "docker-dry-run")));
        Assert.Equal(["actions/checkout@v7", "actions/setup-dotnet@v6", "docker/setup-qemu-action@v4", "docker/setup-buildx-action@v4", "docker/login-action@v4"], Uses(Job(CiImage, "build-ci-image")));
        Assert.Empty(Uses(Job(Ci, "validate-release")));
    }

    [Fact]
    public void Full_history_is_fetched_only_where_required()
    {
        static YamlNode Checkout(YamlNode job) => job.Seq("steps")[0].Get("with");
        Assert.Equal("0", Checkout(Job(Ci, "snapshot-build")).Str("fetch-depth"));
        Assert.Equal("0", Checkout(Job(Release, "release")).Str("fetch-depth"));
        Assert.False(Checkout(Job(Ci, "lint")).Has("fetch-depth"));
        Assert.False(Checkout(Job(Ci, "docker-dry-run")).Has("fetch-depth"));
        Assert.Equal("false", Checkout(Job(Ci, "lint")).Str("persist-credentials"));
    }

    [Fact]
    public void Setup_actions_are_configured_for_caching_and_pinned_versions()
    {
        var go = Step(Job(Ci, "lint"), "Set up Go").Get("with");
        Assert.Equal("1.25.5", go.Str("go-version"));
        Assert.Equal("false", go.Str("cache")); // its one-key cache would never refresh the build cache
        var modules = Step(Job(Ci, "lint"), "Cache Go modules").Get("with");
        Assert.Equal("~/go/pkg/mod", modules.Str("path"));
        Assert.Equal("go-mod-${{ runner.os }}-${{ runner.arch }}-${{ hashFiles('go.sum') }}", modules.Str("key"));
        var builds = Step(Job(Ci, "lint"), "Cache Go builds").Get("with");
        Assert.Equal("~/.cache/go-build", builds.Str("path"));
        Assert.Equal("go-build-${{ runner.os }}-${{ runner.arch }}-1.25.5-${{ github.job }}-${{ github.sha }}", builds.Str("key")); // saved anew for every commit
        Assert.Equal("go-build-${{ runner.os }}-${{ runner.arch }}-1.25.5-${{ github.job }}-", builds.Str("restore-keys")); // a near miss restores the newest
        var dotNet = Step(Job(Ci, "lint"), "Set up .NET").Get("with");
        Assert.Equal("global.json", dotNet.Str("global-json-file"));
        Assert.Equal("true", dotNet.Str("cache"));
        Assert.Equal("build/_build.csproj\nDirectory.Build.props", dotNet.Str("cache-dependency-path"));
        var goReleaser = Step(Job(Release, "release"), "Install GoReleaser").Get("with");
        Assert.Equal("v2.12.0", goReleaser.Str("version"));
        Assert.Equal("true", goReleaser.Str("install-only"));
        Assert.Equal("linux/amd64,linux/arm64", Step(Job(CiImage, "build-ci-image"), "Set up QEMU").Get("with").Str("platforms"));
        var login = Step(Job(CiImage, "build-ci-image"), "Log in to ghcr.io").Get("with");
        Assert.Equal("${{ github.actor }}", login.Str("username"));
        Assert.Equal("${{ secrets.GITHUB_TOKEN }}", login.Str("password"));
    }

    [Fact]
    public void Artifacts_are_uploaded_once_with_retention_and_downloaded_by_the_consumer()
    {
        var upload = Step(Job(Ci, "snapshot-build"), "Upload artifact snapshot-dist").Get("with");
        Assert.Equal("snapshot-dist", upload.Str("name"));
        Assert.Equal("1", upload.Str("retention-days"));
        Assert.Equal("error", upload.Str("if-no-files-found"));
        Assert.Equal("7", Step(Job(Release, "release"), "Upload artifact release-dist").Get("with").Str("retention-days"));
        var download = Step(Job(Ci, "docker-dry-run"), "Download artifact snapshot-dist").Get("with");
        Assert.Equal("snapshot-dist", download.Str("name"));
        var names = Job(Ci, "docker-dry-run").Seq("steps").Select(s => s.Str("name")).ToList();
        Assert.True(names.IndexOf("Unpack artifact snapshot-dist") < names.IndexOf("Run"), "The artifact must be unpacked before the command runs.");
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task Packed_artifacts_keep_executable_bits_and_paths_through_the_generated_scripts()
    {
        using var producer = new TempDirectory();
        using var consumer = new TempDirectory();
        using var runnerTemp = new TempDirectory();
        var tool = producer.Write("dist/linux_amd64/slipway", "#!/bin/sh\necho ok\n");
        File.SetUnixFileMode(tool, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        producer.Write("dist/.hidden", "kept");
        var environment = new Dictionary<string, string>(StringComparer.Ordinal) { ["RUNNER_TEMP"] = runnerTemp.Path };

        var pack = await ProcessRunner.RunAsync("bash", producer.Path, ["-ec", Step(Job(Ci, "snapshot-build"), "Pack artifact snapshot-dist").Str("run")], environment);
        Assert.True(pack.ExitCode == 0, pack.Output);
        // What download-artifact does: the uploaded file lands in the download path.
        var downloaded = Path.Combine(runnerTemp.Path, "slipway-artifacts", "snapshot-dist");
        Directory.CreateDirectory(downloaded);
        File.Move(Path.Combine(runnerTemp.Path, "slipway-artifacts", "snapshot-dist.tar"), Path.Combine(downloaded, "snapshot-dist.tar"));
        var unpack = await ProcessRunner.RunAsync("bash", consumer.Path, ["-ec", Step(Job(Ci, "docker-dry-run"), "Unpack artifact snapshot-dist").Str("run")], environment);
        Assert.True(unpack.ExitCode == 0, unpack.Output);

        var restored = Path.Combine(consumer.Path, "dist/linux_amd64/slipway");
        Assert.True(File.GetUnixFileMode(restored).HasFlag(UnixFileMode.UserExecute), "The executable bit must survive the hand-off.");
        Assert.Equal("kept", File.ReadAllText(Path.Combine(consumer.Path, "dist/.hidden")));
    }

    [Theory]
    [InlineData("success success success success", 0)]
    [InlineData("success failure success success", 1)]
    [InlineData("success success cancelled success", 1)]
    [InlineData("skipped success success success", 1)]
    public async Task Gate_runs_unless_cancelled_and_fails_unless_every_need_succeeded(string results, int expectedExit)
    {
        var gate = Job(Ci, "validate-release");
        Assert.Equal("!cancelled()", gate.Str("if")); // always() would also run it after a cancellation
        Assert.Equal(["lint", "test", "snapshot-build", "docker-dry-run"], gate.Strings("needs"));
        var step = gate.Seq("steps").Single();
        Assert.Equal("${{ join(needs.*.result, ' ') }}", step.Get("env").Str("NEEDS_RESULTS"));
        using var directory = new TempDirectory();
        var run = await ProcessRunner.RunAsync("bash", directory.Path, ["-ec", step.Str("run")], new Dictionary<string, string>(StringComparer.Ordinal) { ["NEEDS_RESULTS"] = results });
        Assert.Equal(expectedExit, run.ExitCode);
    }

    [Fact]
    public void Job_permissions_merge_over_the_workflow_defaults_only_where_needed()
    {
        Assert.Equal("read", Release.Get("permissions").Str("contents"));
        var release = Job(Release, "release").Get("permissions");
        Assert.Equal(["contents", "packages"], release.Keys());
        Assert.Equal("write", release.Str("contents"));
        Assert.Equal("write", release.Str("packages"));
        var ciImage = Job(CiImage, "build-ci-image").Get("permissions");
        Assert.Equal("read", ciImage.Str("contents"));
        Assert.Equal("write", ciImage.Str("packages"));
        Assert.All(Ci.Get("jobs").Keys(), id => Assert.False(Job(Ci, id).Has("permissions")));
    }

    [Fact]
    public void Release_is_serialized_never_cancelled_and_gets_its_token_from_secrets()
    {
        Assert.Equal(["push"], Release.Get("on").Keys());
        Assert.Equal(["v*"], Release.Get("on").Get("push").Strings("tags"));
        Assert.Equal("false", Release.Get("concurrency").Str("cancel-in-progress"));
        Assert.Equal("release", Job(Release, "release").Get("concurrency").Str("group"));
        Assert.Equal("false", Job(Release, "release").Get("concurrency").Str("cancel-in-progress"));
        Assert.Equal("${{ secrets.GITHUB_TOKEN }}", Job(Release, "release").Get("env").Str("GITHUB_TOKEN"));
        Assert.Equal("./build.sh Release --skip", Step(Job(Release, "release"), "Run").Str("run"));
    }

    [Fact]
    public void Ci_image_runs_on_path_changes_schedule_and_by_hand()
    {
        var on = CiImage.Get("on");
        Assert.Equal(["push", "schedule", "workflow_dispatch"], on.Keys());
        Assert.Equal([".ci/**", "mise.toml"], on.Get("push").Strings("paths"));
        Assert.Equal("17 4 * * 1", on.Seq("schedule").Single().Str("cron"));
    }

    [Fact]
    public void Ref_filters_become_job_conditions()
    {
        var pipeline = SamplePipelines.Ci() with
        {
            Jobs = [new PipelineJob("publish", "Publish", "./build.sh Publish --skip") { Rules = [JobRule.Tags] }, new PipelineJob("docs", "Docs", "./build.sh Docs --skip") { Rules = [JobRule.DefaultBranch] }],
        };
        var workflow = YamlQuery.Parse(GitHubActionsWriter.Write(pipeline));
        Assert.Equal("startsWith(github.ref, 'refs/tags/')", Job(workflow, "publish").Str("if"));
        Assert.Equal("github.ref_name == github.event.repository.default_branch", Job(workflow, "docs").Str("if"));
    }

    [Fact]
    public void Output_is_byte_stable_with_lf_endings_and_the_generated_header()
    {
        var first = GitHubActionsWriter.Write(SamplePipelines.Ci());
        var reordered = SamplePipelines.Ci() with
        {
            Environment = new Dictionary<string, string>(StringComparer.Ordinal) { ["DOTNET_NOLOGO"] = "true", ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1" },
        };
        Assert.Equal(first, GitHubActionsWriter.Write(SamplePipelines.Ci()));
        Assert.Equal(first, GitHubActionsWriter.Write(reordered));
        Assert.DoesNotContain('\r', first);
        Assert.StartsWith("# Generated by Slipway", first, StringComparison.Ordinal);
        Assert.Contains("./build.sh GenerateCi", first.Split('\n')[1], StringComparison.Ordinal);
        Assert.EndsWith("\n", first, StringComparison.Ordinal);
        Assert.False(first.EndsWith("\n\n", StringComparison.Ordinal), "Exactly one trailing newline.");
    }

    [Theory]
    [InlineData("true")]
    [InlineData("on")]
    [InlineData("1")]
    [InlineData("1.20")]
    [InlineData("")]
    [InlineData("null")]
    [InlineData("a: b")]
    [InlineData("#not a comment")]
    [InlineData("'quoted'")]
    [InlineData("2026-01-02")]
    public void Strings_that_look_like_other_types_stay_strings(string value)
    {
        var pipeline = SamplePipelines.Ci() with { Environment = new Dictionary<string, string>(StringComparer.Ordinal) { ["VALUE"] = value } };
        var scalar = Assert.IsType<YamlScalarNode>(YamlQuery.Parse(GitHubActionsWriter.Write(pipeline)).Get("env").Get("VALUE"));
        Assert.Equal(value, scalar.Value);
        Assert.NotEqual(ScalarStyle.Plain, scalar.Style);
    }

    [Fact]
    public void Job_path_rules_are_rejected_with_the_workflow_trigger_as_the_fix()
    {
        var pipeline = SamplePipelines.CiImage() with { Jobs = [SamplePipelines.CiImage().Jobs[0] with { Rules = [new JobRule { Changes = [".ci/**"] }] }] };
        var error = Assert.Throws<PipelineValidationException>(() => GitHubActionsWriter.Write(pipeline));
        Assert.Contains("'build-ci-image'", error.Message, StringComparison.Ordinal);
        Assert.Contains("PushTrigger.Paths", error.Message, StringComparison.Ordinal);
    }
}
