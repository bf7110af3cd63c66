using Slipway.Tool.Detection;
using Slipway.Tool.Tests.Support;
using Xunit;

namespace Slipway.Tool.Tests;

public sealed class DetectionTests
{
    [Fact]
    public void A_gitlab_repository_with_mise_a_ci_image_and_goreleaser_is_read_whole()
    {
        var facts = RepositoryScanner.Scan(FixtureRepository.PathOf(FixtureRepository.GitLabAlpine));

        Assert.Equal(new("1.25.5", ".mise/config.toml"), facts.GoVersion); // mise wins over go.mod's go 1.24
        Assert.Equal(".goreleaser.yml", facts.GoReleaser?.File);
        Assert.Equal(["bash", "dotnet-runtime"], facts.CiImage?.Missing);
        Assert.Equal("RUN apk add --no-cache bash dotnet10-runtime", facts.CiImage?.SuggestedLine);
        var pipeline = Assert.Single(facts.CiFiles);
        Assert.Equal(CiSystemKind.GitLab, pipeline.System);
        Assert.True(pipeline.Triggers.PullRequests);
        Assert.Equal(["v*"], pipeline.Jobs.Single(j => j.Name == "release").Tags);
        Assert.True(pipeline.Jobs.Single(j => j.Name == "lint").Does(StepKind.Lint));
        Assert.True(pipeline.Jobs.Single(j => j.Name == "test").Does(StepKind.Test));
        Assert.Equal(StepKind.Other, pipeline.Jobs.Single(j => j.Name == "notify").Steps.Single().Kind);
    }

    [Fact]
    public void A_github_repository_shows_its_release_dockerfile_and_release_please()
    {
        var facts = RepositoryScanner.Scan(FixtureRepository.PathOf(FixtureRepository.GitHubReleasePlease));

        Assert.Equal(new("1.19", "go.mod (go line)"), facts.GoVersion);
        Assert.Equal(["Dockerfile.release"], facts.ReleaseDockerfiles);
        Assert.Equal(2, facts.GoReleaser?.Dockers.Count);
        Assert.Contains("release-please-config.json", facts.ReleasePlease);
        Assert.Contains(".github/workflows/release-please.yml", facts.ReleasePlease);
        Assert.Null(facts.CiImage);
        var ci = facts.CiFiles.Single(f => f.Path == ".github/workflows/ci.yml");
        Assert.Equal(["main"], ci.Triggers.PushBranches);
        Assert.Contains(ci.Steps, s => s.Kind == StepKind.Lint && s.Version == "v1.61.0");
    }

    [Fact]
    public void Every_module_of_go_work_is_found()
    {
        var facts = RepositoryScanner.Scan(FixtureRepository.PathOf(FixtureRepository.GoWorkMonorepo));

        Assert.True(facts.Workspace);
        Assert.Equal(["api", "cli", "core"], facts.Modules.Select(m => m.RelativePath).Order(StringComparer.Ordinal));
        Assert.Equal(new("1.19", "go.work (go line)"), facts.GoVersion);
        Assert.Null(facts.GoReleaser);
    }

    [Fact]
    public void A_toolchain_line_names_the_go_version_over_the_go_line()
    {
        using var repository = new TempDirectory("slipway-init-unit");
        repository.Write("go.mod", "module example.com/x\n\ngo 1.21\n\ntoolchain go1.22.4\n");

        Assert.Equal(new("1.22.4", "go.mod (toolchain line)"), RepositoryScanner.Scan(repository.Path).GoVersion);
    }

    [Fact]
    public void A_directory_without_go_mod_is_bad_input_naming_the_fix()
    {
        using var repository = new TempDirectory("slipway-init-unit");

        var error = Assert.Throws<InitException>(() => RepositoryScanner.Scan(repository.Path));
        Assert.Contains("no go.mod or go.work", error.Message, StringComparison.Ordinal);
        Assert.Contains("go mod init", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unreadable_goreleaser_configuration_is_bad_input_at_its_line()
    {
        using var repository = new TempDirectory("slipway-init-unit");
        repository.Write("go.mod", "module example.com/x\n\ngo 1.19\n");
        repository.Write(".goreleaser.yaml", "version: 2\nbuilds:\n  - goos: [linux\n");

        var error = Assert.Throws<InitException>(() => RepositoryScanner.Scan(repository.Path));
        Assert.StartsWith(".goreleaser.yaml:", error.Message, StringComparison.Ordinal);
    }
}
