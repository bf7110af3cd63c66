using Slipway.Clients.GoReleaser;
using Xunit;

namespace Slipway.Clients.Tests.GoReleaser;

public sealed class GoReleaserCommandTests
{
    [Fact]
    public void ReleaseSnapshot_IsReleaseSnapshotClean_WithTheSnapshotVersionVariable()
    {
        var invocation = GoReleaserCommand.ReleaseSnapshot("main-1a2b3c4d");

        Assert.Equal(["release", "--snapshot", "--clean"], invocation.Arguments);
        Assert.Equal("main-1a2b3c4d", invocation.Environment["SNAPSHOT_VERSION"]);
        Assert.Equal("goreleaser release --snapshot --clean", invocation.ToString());
    }

    [Fact]
    public void BuildSingleTarget_PassesTheTargetThroughTheEnvironment()
    {
        var invocation = GoReleaserCommand.BuildSingleTarget("linux", "arm64", config: ".goreleaser.yaml");

        Assert.Equal(["build", "--snapshot", "--single-target", "--clean", "--config", ".goreleaser.yaml"], invocation.Arguments);
        Assert.Equal(new Dictionary<string, string> { ["GOOS"] = "linux", ["GOARCH"] = "arm64" }, invocation.Environment);
    }

    [Fact]
    public void BuildSingleTarget_WithoutTarget_LeavesTheHostDefault()
    {
        Assert.Empty(GoReleaserCommand.BuildSingleTarget().Environment);
    }

    [Fact]
    public void CheckAndRelease_AreExact()
    {
        Assert.Equal(["check"], GoReleaserCommand.Check().Arguments);
        Assert.Equal(["release", "--clean"], GoReleaserCommand.Release().Arguments);
        Assert.Empty(GoReleaserCommand.Release().Environment);
    }

    [Theory]
    [InlineData(0, GoReleaserCheckOutcome.Valid)]
    [InlineData(1, GoReleaserCheckOutcome.Invalid)]
    [InlineData(2, GoReleaserCheckOutcome.Deprecated)]
    [InlineData(127, GoReleaserCheckOutcome.Failed)]
    public void CheckExitCodes_AreInterpreted(int exitCode, GoReleaserCheckOutcome outcome)
    {
        Assert.Equal(outcome, GoReleaserCommand.InterpretCheckExitCode(exitCode));
    }

    [Fact]
    public void SnapshotTemplate_ReadsTheSameVariableTheCommandSets()
    {
        var config = File.ReadAllText(Path.Combine(Example.GoTool.RepositoryRoot, ".goreleaser.yaml"));

        Assert.Contains("envOrDefault \"" + GoReleaserCommand.SnapshotVersionVariable + "\"", config, StringComparison.Ordinal);
    }
}
