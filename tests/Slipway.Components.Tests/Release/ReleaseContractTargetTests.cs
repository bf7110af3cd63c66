using System.Text.Json.Nodes;
using Slipway.Components.Tests.Tools;
using Xunit;

namespace Slipway.Components.Tests.Release;

/// <summary>ShowReleaseContract, CaptureReleaseContract, CheckGenerated on a frozen contract, and CheckArtifactParity on the derived one (GoReleaser TEST DOUBLE).</summary>
public sealed class ReleaseContractTargetTests
{
    [Fact]
    public async Task ShowReleaseContract_prints_the_derived_contract_and_publishing_needs_as_json()
    {
        using var project = new GoProject();

        var run = await BuildHarness.RunAsync(new GoReleaseBuild(), project, project.Environment(), "ShowReleaseContract");

        Assert.True(run.ExitCode == 0, run.Output);
        var json = JsonNode.Parse(run.Output[run.Output.IndexOf("{\n", StringComparison.Ordinal)..(run.Output.LastIndexOf("\n}", StringComparison.Ordinal) + 2)])!;
        Assert.Equal("sumcheck", (string?)json["projectName"]);
        Assert.Equal("{project}_{version}_{goos}_{goarch}.{format}", (string?)json["archive"]!["namePattern"]);
        Assert.Equal("ghcr.io", (string?)json["publishing"]!["registries"]![0]!["host"]);
        Assert.True((bool?)json["publishing"]!["buildx"]);
        Assert.Equal(".goreleaser.yaml", (string?)json["configuration"]!["file"]);
    }

    [Fact]
    public async Task ShowReleaseContract_takes_goreleaser_config_and_a_bad_file_exits_2_naming_file_line_and_column()
    {
        using var project = new GoProject();
        project.Write("release/goreleaser.yml", "version: 2\nbuilds:\n  - goos: [linux\n");

        var run = await BuildHarness.RunAsync(new GoReleaseBuild(), project, project.Environment(), "ShowReleaseContract", "--goreleaser-config", "release/goreleaser.yml");

        Assert.Equal(2, run.ExitCode);
        Assert.Matches(@"The GoReleaser configuration cannot be read: release/goreleaser\.yml:\d+:\d+: not valid YAML", run.Output);
    }

    [Fact]
    public async Task A_frozen_contract_that_no_longer_matches_the_configuration_fails_CheckGenerated_until_captured_again()
    {
        using var project = new GoProject();
        var config = File.ReadAllText(project.Combine(".goreleaser.yaml"));
        project.Write(".goreleaser.yaml", config.Replace("goarch: [amd64, arm64]", "goarch: [amd64]", StringComparison.Ordinal));

        var stale = await BuildHarness.RunAsync(new GoReleaseBuild(), project, project.Environment(), "CheckGenerated");
        Assert.Equal(1, stale.ExitCode);
        Assert.Contains("release-contract.json differs from what the build generates", stale.Output, StringComparison.Ordinal);
        Assert.Contains("run ./build.sh CaptureReleaseContract", stale.Output, StringComparison.Ordinal);

        var capture = await BuildHarness.RunAsync(new GoReleaseBuild(), project, project.Environment(), "CaptureReleaseContract");
        Assert.True(capture.ExitCode == 0, capture.Output);
        Assert.Contains("release-contract.json: written", capture.Output, StringComparison.Ordinal);
        Assert.Equal(["linux/amd64", "darwin/amd64", "windows/amd64"],
            Slipway.Clients.GoReleaser.ReleaseContract.Load(project.Combine("release-contract.json")).Platforms.Select(p => p.ToString()));

        var current = await BuildHarness.RunAsync(new GoReleaseBuild(), project, project.Environment(), "CheckGenerated");
        Assert.True(current.ExitCode == 0, current.Output);
    }

    [Fact]
    public async Task Without_a_frozen_contract_parity_checks_the_derived_one_and_says_so()
    {
        using var project = new GoProject();
        GoReleaserDouble.InstallInto(project);
        File.Delete(project.Combine("release-contract.json"));
        GoReleaserDouble.Control(project, "platforms=linux/amd64,linux/arm64,darwin/amd64,windows/amd64,windows/arm64");

        var run = await BuildHarness.RunAsync(new GoReleaseBuild(), project, project.Environment(), "CheckArtifactParity");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("contract: MissingPlatform darwin/arm64", run.Output, StringComparison.Ordinal);
        Assert.Contains(".goreleaser.yaml: error: release contract: MissingPlatform darwin/arm64", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("GoReleaser writes it", run.Output, StringComparison.Ordinal);
    }
}
