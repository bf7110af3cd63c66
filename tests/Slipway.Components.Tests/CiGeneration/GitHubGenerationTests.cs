using Slipway.Components.CiGeneration;
using Slipway.Components.Tests.CiGeneration.Support;
using Slipway.Pipelines.GitHub;
using Xunit;

namespace Slipway.Components.Tests.CiGeneration;

/// <summary>Structure of the generated GitHub Actions workflows, read back from the YAML.</summary>
public class GitHubGenerationTests
{
    private const string CiFile = ".github/workflows/ci.yml";

    [Fact]
    public void The_build_writes_one_workflow_per_attribute_and_one_gitlab_file()
    {
        var files = Ci.Generate<RepositoryBuild>().Select(f => f.RelativePath);
        Assert.Equal([".github/workflows/ci-image.yml", ".github/workflows/ci.yml", ".github/workflows/release-validation.yml", ".github/workflows/release.yml", ".gitlab-ci.yml"], files);
    }

    [Fact]
    public void An_aggregate_fans_out_into_parallel_jobs_and_a_gate()
    {
        var jobs = Ci.File<RepositoryBuild>(CiFile).Get("jobs");
        Assert.Equal(["lint", "test", "snapshot-build", "docker-dry-run", "validate-release", "check-generated"], jobs.Keys()); // a gate follows its members
        foreach (var root in new[] { "lint", "test", "snapshot-build", "check-generated" })
        {
            Assert.False(jobs.Get(root).Has("needs"), $"{root} should start at once");
        }

        Assert.Equal(["snapshot-build"], jobs.Get("docker-dry-run").Strings("needs"));
        var gate = jobs.Get("validate-release");
        Assert.Equal(["lint", "test", "snapshot-build", "docker-dry-run"], gate.Strings("needs"));
        Assert.Equal("!cancelled()", gate.Str("if")); // reports a failed need, but not after a cancellation
        Assert.Empty(gate.Actions());
    }

    [Fact]
    public void Each_job_runs_exactly_its_own_chain()
    {
        var jobs = Ci.File<RepositoryBuild>(CiFile).Get("jobs");
        string Run(string job) => jobs.Get(job).Seq("steps").Single(s => s.Has("name") && s.Str("name") == "Run").Str("run");
        Assert.Equal("./build.sh Lint --skip", Run("lint"));
        Assert.Equal("./build.sh SnapshotBuild --skip", Run("snapshot-build"));
        Assert.Equal("./build.sh DockerDryRun --skip", Run("docker-dry-run")); // the producer is its own job, not rebuilt here

        var folded = Ci.File<FoldingBuild>(CiFile).Get("jobs");
        Assert.Equal(["lint", "test"], folded.Keys());
        Assert.Contains("./build.sh Restore Lint --skip", folded.Get("lint").Seq("steps").Select(s => s.Has("run") ? s.Str("run") : ""));
        Assert.Contains("./build.sh Restore Test --skip", folded.Get("test").Seq("steps").Select(s => s.Has("run") ? s.Str("run") : ""));
        Assert.Contains("actions/setup-go", folded.Get("test").Actions()); // Restore's tool comes with it
    }

    [Fact]
    public void Setup_follows_the_tools_and_capabilities_of_each_job()
    {
        var jobs = Ci.File<RepositoryBuild>(CiFile).Get("jobs");
        string[] go = ["actions/setup-go", "actions/cache", "actions/cache"];
        Assert.Equal(["actions/checkout", "actions/cache", "actions/setup-dotnet", .. go, "jdx/mise-action", "actions/upload-artifact"], jobs.Get("lint").Actions());
        Assert.Equal("golangci-lint", jobs.Get("lint").Step("jdx/mise-action").Get("with").Str("install_args")); // Pinned, no dedicated action.
        Assert.DoesNotContain("jdx/mise-action", jobs.Get("test").Actions());
        Assert.Equal(["actions/checkout", "actions/cache", "actions/setup-dotnet", .. go, "goreleaser/goreleaser-action", "actions/upload-artifact", "actions/upload-artifact"], jobs.Get("snapshot-build").Actions());
        Assert.Equal(["actions/checkout", "actions/cache", "actions/setup-dotnet", "actions/download-artifact", "actions/upload-artifact"], jobs.Get("docker-dry-run").Actions()); // the Engine API needs no Buildx

        Assert.Equal("1.25.5", jobs.Get("test").Step("actions/setup-go").Get("with").Str("go-version"));
        Assert.Contains("hashFiles('go.sum')", jobs.Get("test").Seq("steps").Single(s => s.Has("name") && s.Str("name") == "Cache Go modules").Get("with").Str("key"), StringComparison.Ordinal);
        Assert.Equal("v2.17.1", jobs.Get("snapshot-build").Step("goreleaser/goreleaser-action").Get("with").Str("version"));
        var dotnet = jobs.Get("lint").Step("actions/setup-dotnet").Get("with");
        Assert.Equal("global.json", dotnet.Str("global-json-file"));
        Assert.Equal("build/*.csproj\nsrc/*/*.csproj", dotnet.Str("cache-dependency-path"));
    }

    [Fact]
    public void Full_history_is_fetched_only_where_goreleaser_runs()
    {
        var jobs = Ci.File<RepositoryBuild>(CiFile).Get("jobs");
        foreach (var id in jobs.Keys().Where(k => k != "validate-release"))
        {
            var checkout = jobs.Get(id).Step("actions/checkout").Get("with");
            Assert.Equal(id == "snapshot-build", checkout.Has("fetch-depth"));
        }

        var release = Ci.File<RepositoryBuild>(".github/workflows/release.yml").Get("jobs").Get("release");
        Assert.Equal("0", release.Step("actions/checkout").Get("with").Str("fetch-depth"));
    }

    [Fact]
    public void The_consumer_downloads_the_producers_dist_and_every_job_uploads_its_timings()
    {
        var jobs = Ci.File<RepositoryBuild>(CiFile).Get("jobs");
        var uploads = jobs.Get("snapshot-build").Seq("steps").Where(s => s.Has("uses") && s.Str("uses").StartsWith("actions/upload-artifact@", StringComparison.Ordinal)).ToList();
        Assert.Equal(["snapshot-build", "timings-snapshot-build"], uploads.Select(u => u.Get("with").Str("name")));
        Assert.Equal("1", uploads[0].Get("with").Str("retention-days"));
        Assert.Contains(jobs.Get("snapshot-build").Seq("steps"), s => s.Has("run") && s.Str("run").EndsWith("-- 'dist'", StringComparison.Ordinal));
        Assert.Equal("snapshot-build", jobs.Get("docker-dry-run").Step("actions/download-artifact").Get("with").Str("name"));

        foreach (var id in jobs.Keys().Where(k => k != "validate-release"))
        {
            var timings = jobs.Get(id).Seq("steps").Single(s => s.Has("with") && s.Get("with").Has("name") && s.Get("with").Str("name") == "timings-" + id);
            Assert.Equal("always()", timings.Str("if"));
            Assert.Equal("7", timings.Get("with").Str("retention-days"));
            Assert.Contains(jobs.Get(id).Seq("steps"), s => s.Has("run") && s.Str("run").Contains("'.nuke/temp/timings.json'", StringComparison.Ordinal) && s.Has("if"));
        }

        var releaseUploads = Ci.File<RepositoryBuild>(".github/workflows/release-validation.yml").Get("jobs").Get("snapshot-build").Seq("steps")
            .First(s => s.Has("uses") && s.Str("uses").StartsWith("actions/upload-artifact@", StringComparison.Ordinal));
        Assert.Equal("snapshot-build", releaseUploads.Get("with").Str("name"));
        Assert.Equal("7", releaseUploads.Get("with").Str("retention-days"));
    }

    [Fact]
    public void Permissions_are_least_privilege_and_widened_per_job()
    {
        var ci = Ci.File<RepositoryBuild>(CiFile);
        Assert.Equal(["contents"], ci.Get("permissions").Keys());
        Assert.Equal("read", ci.Get("permissions").Str("contents"));
        Assert.All(ci.Get("jobs").Keys(), id => Assert.False(ci.Get("jobs").Get(id).Has("permissions")));

        var release = Ci.File<RepositoryBuild>(".github/workflows/release.yml").Get("jobs").Get("release");
        Assert.Equal("write", release.Get("permissions").Str("contents"));
        Assert.Equal("${{ secrets.GITHUB_TOKEN }}", release.Get("env").Str("GITHUB_TOKEN"));
        Assert.Equal("60", release.Str("timeout-minutes"));

        Assert.Equal("write", release.Get("permissions").Str("packages")); // the ghcr.io push
        Assert.Equal(["actions/checkout", "actions/cache", "actions/setup-dotnet", "goreleaser/goreleaser-action", "docker/setup-buildx-action", "docker/login-action", "actions/upload-artifact"], release.Actions());
        Assert.Equal(["validate-release"], release.Strings("needs")); // never publish what did not validate
    }

    [Fact]
    public void Qemu_is_set_up_only_in_the_multi_platform_image_job()
    {
        var graph = Slipway.Graph.TargetGraph.Discover(new MultiPlatformImageBuild());
        var workflows = CiFileGenerator.Compile<GitHubActionsSystem>(typeof(MultiPlatformImageBuild), graph, Ci.Settings());
        var image = YamlQuery.Parse(GitHubActionsWriter.Write(workflows.Single(w => w.Name == "ci-image"))).Get("jobs").Get("build-ci-image");
        Assert.Equal("linux/arm64", image.Step("docker/setup-qemu-action").Get("with").Str("platforms"));
        Assert.Equal("write", image.Get("permissions").Str("packages"));
        foreach (var workflow in workflows.Where(w => w.Name != "ci-image"))
        {
            var text = GitHubActionsWriter.Write(workflow);
            Assert.DoesNotContain("setup-qemu-action", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_ci_image_workflow_is_reported_as_waste_because_github_jobs_never_run_in_it()
    {
        var settings = Ci.Settings();
        CiFileGenerator.Generate(typeof(RepositoryBuild), Slipway.Graph.TargetGraph.Discover(new RepositoryBuild()), settings);
        Assert.Contains(settings.Warnings, w => w.StartsWith(".github/workflows/ci-image.yml: job 'build-ci-image' builds a CI image, but GitHub Actions jobs run on the runner", StringComparison.Ordinal));
    }

    [Fact]
    public void Triggers_concurrency_and_timeouts_come_from_the_attribute()
    {
        var ci = Ci.File<RepositoryBuild>(CiFile);
        Assert.Equal(["main"], ci.Get("on").Get("push").Strings("branches"));
        Assert.True(ci.Get("on").Has("pull_request"));
        Assert.Equal("${{ github.workflow }}-${{ github.ref }}", ci.Get("concurrency").Str("group"));
        Assert.Equal("${{ github.event_name == 'pull_request' }}", ci.Get("concurrency").Str("cancel-in-progress"));
        Assert.Equal("30", ci.Get("jobs").Get("lint").Str("timeout-minutes"));

        var release = Ci.File<RepositoryBuild>(".github/workflows/release.yml");
        Assert.Equal(["v*"], release.Get("on").Get("push").Strings("tags"));
        Assert.Equal("false", release.Get("concurrency").Str("cancel-in-progress"));

        var validation = Ci.File<RepositoryBuild>(".github/workflows/release-validation.yml");
        Assert.Equal("17 3 * * 1", validation.Get("on").Seq("schedule").Single().Str("cron"));
        Assert.True(validation.Get("on").Has("workflow_dispatch"));
        Assert.Equal(["Dockerfile.ci", ".mise/config.toml"], Ci.File<RepositoryBuild>(".github/workflows/ci-image.yml").Get("on").Get("push").Strings("paths"));
    }

    [Fact]
    public void Output_is_byte_stable_with_a_header_and_lf_endings()
    {
        var first = Ci.Generate<RepositoryBuild>();
        var second = Ci.Generate<RepositoryBuild>();
        Assert.Equal(first, second);
        Assert.All(first, f =>
        {
            Assert.StartsWith("# Generated by Slipway", f.Content, StringComparison.Ordinal);
            Assert.Contains("./build.sh GenerateCi", f.Content.Split('\n')[1], StringComparison.Ordinal);
            Assert.DoesNotContain('\r', f.Content);
            Assert.EndsWith("\n", f.Content, StringComparison.Ordinal);
        });
    }
}
