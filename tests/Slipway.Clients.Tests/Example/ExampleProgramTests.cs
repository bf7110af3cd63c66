using Slipway.Clients.Diagnostics;
using Slipway.Clients.GoReleaser;
using Xunit;

namespace Slipway.Clients.Tests.Example;

/// <summary>The example Go program at the repository root, through the real Go toolchain.</summary>
public sealed class ExampleProgramTests
{
    private static readonly string Root = GoTool.RepositoryRoot;

    [Fact]
    public void GoTestJson_OnTheExample_AllPackagesAndTestsPass()
    {
        var result = GoTool.Run(Root, null, "test", "-json", "-count=1", "./...");

        var summary = GoTestJsonParser.Parse(result.Stdout);
        Assert.True(result.ExitCode == 0, result.Stdout + result.Stderr);
        Assert.True(summary.Succeeded);
        var package = Assert.Single(summary.Packages);
        Assert.Equal("github.com/slipway-build/slipway", package.Package);
        Assert.Contains(package.Tests, t => t.Name == "TestCheckReportsOkAndFailed" && t.Outcome == GoTestOutcome.Pass);
        Assert.All(package.Tests, t => Assert.Equal(GoTestOutcome.Pass, t.Outcome));
        Assert.Empty(summary.Findings());
    }

    [Fact]
    public void Version_InjectedWithLdflags_IsPrintedAndReadableFromBuildInfo()
    {
        using var scratch = new ScratchDirectory();
        var binary = Path.Combine(scratch.Path, "sumcheck");
        var build = GoTool.Run(Root, new Dictionary<string, string> { ["CGO_ENABLED"] = "0" },
            "build", "-trimpath", "-ldflags", "-s -w -X main.version=1.2.3 -X main.commit=0123abcd -X main.date=2026-11-01T10:00:00Z", "-o", binary, ".");
        Assert.True(build.ExitCode == 0, build.Stderr);

        var run = GoTool.Exec(binary, scratch.Path, null, "--version");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("sumcheck 1.2.3 (commit 0123abcd, built 2026-11-01T10:00:00Z)\n", run.Stdout);
        // Go leaves -ldflags out of the build information of -trimpath builds (GoReleaser's kind).
        var info = GoBuildInfo.Read(binary);
        Assert.StartsWith("go1.", info.GoVersion, StringComparison.Ordinal);
        Assert.Equal("true", info.Settings["-trimpath"]);
        Assert.Equal("0", info.Settings["CGO_ENABLED"]);
        Assert.False(info.Settings.ContainsKey("-ldflags"));
        Assert.Empty(info.LinkerVariables);
    }

    [Fact]
    public void Version_WithoutLdflags_PrintsDefaults()
    {
        using var scratch = new ScratchDirectory();
        var binary = Path.Combine(scratch.Path, "sumcheck");
        Assert.Equal(0, GoTool.Run(Root, null, "build", "-o", binary, ".").ExitCode);

        var run = GoTool.Exec(binary, scratch.Path, null, "--version");

        Assert.Equal("sumcheck dev (commit none, built unknown)\n", run.Stdout);
        Assert.Empty(GoBuildInfo.Read(binary).LinkerVariables);
    }

    [Fact]
    public void CrossCompiledWindowsArm64Binary_BuildInfoIsReadWithoutRunningIt()
    {
        using var scratch = new ScratchDirectory();
        var binary = Path.Combine(scratch.Path, "sumcheck.exe");
        var build = GoTool.Run(Root, new Dictionary<string, string> { ["GOOS"] = "windows", ["GOARCH"] = "arm64", ["CGO_ENABLED"] = "0" },
            "build", "-ldflags", "-X main.version=9.9.9 -X main.commit=abc", "-o", binary, ".");
        Assert.True(build.ExitCode == 0, build.Stderr);

        var info = GoBuildInfo.Read(binary);

        Assert.Equal("9.9.9", info.LinkerVariables["main.version"]);
        Assert.Equal("abc", info.LinkerVariables["main.commit"]);
        Assert.Equal("windows", info.Settings["GOOS"]);
        Assert.Equal("arm64", info.Settings["GOARCH"]);
    }

    [Fact]
    public void Sumcheck_VerifiesAGoReleaserChecksumsFile_AndCatchesAChangedArchive()
    {
        using var scratch = new ScratchDirectory();
        var binary = Path.Combine(scratch.Path, "sumcheck");
        Assert.Equal(0, GoTool.Run(Root, null, "build", "-o", binary, ".").ExitCode);
        var dist = GoReleaser.DistFixture.Write(Path.Combine(scratch.Path, "project"), new GoReleaser.DistSpec());
        var checksums = Path.Combine(dist, "sumcheck_1.2.3_checksums.txt");

        var good = GoTool.Exec(binary, scratch.Path, null, "-c", "-quiet", checksums);
        File.AppendAllText(Path.Combine(dist, "sumcheck_1.2.3_linux_arm64.tar.gz"), "tampered");
        var bad = GoTool.Exec(binary, scratch.Path, null, "-c", "-quiet", checksums);

        Assert.True(good.ExitCode == 0, good.Stdout + good.Stderr);
        Assert.Equal(1, bad.ExitCode);
        Assert.Equal("sumcheck_1.2.3_linux_arm64.tar.gz: FAILED\n", bad.Stdout);
    }

    [Theory]
    [InlineData("1.2.3", 0)]
    [InlineData("0.0.0-wrong", 1)]
    public void ReleaseContract_RunsTheRealHostBinaryForItsVersion(string linkedVersion, int expectedDifferences)
    {
        using var scratch = new ScratchDirectory();
        var dist = GoReleaser.DistFixture.Write(Path.Combine(scratch.Path, "project"), new GoReleaser.DistSpec());
        var contract = ReleaseContract.Load(Path.Combine(Root, "release-contract.json"));
        var goarch = System.Runtime.InteropServices.RuntimeInformation.OSArchitecture == System.Runtime.InteropServices.Architecture.Arm64 ? "arm64" : "amd64";
        var host = contract.Platforms.Single(p => p.Goos == "linux" && p.Goarch == goarch);
        var loaded = DistDirectory.Load(dist);
        var binary = loaded.ResolvePath(loaded.Binaries.Single(b => b.Platform == host.ToString()));
        var build = GoTool.Run(Root, new Dictionary<string, string> { ["CGO_ENABLED"] = "0" }, "build", "-trimpath",
            "-ldflags", $"-X main.version={linkedVersion} -X main.commit={new GoReleaser.DistSpec().Commit} -X main.date=2026-11-01T10:00:00Z", "-o", binary, ".");
        Assert.True(build.ExitCode == 0, build.Stderr);

        var differences = contract.Check(loaded);

        Assert.Equal(expectedDifferences, differences.Count);
        Assert.All(differences, d => Assert.StartsWith("--version printed: sumcheck 0.0.0-wrong", d.Actual, StringComparison.Ordinal));
    }

    [Fact]
    public void Repository_IsGofmtCleanAndVetClean()
    {
        var gofmt = GoTool.Exec("gofmt", Root, null, "-l", ".");
        var vet = GoTool.Run(Root, null, "vet", "./...");

        Assert.Empty(GofmtParser.Parse(gofmt.Stdout));
        Assert.Equal(0, vet.ExitCode);
        Assert.Empty(GoVetParser.Parse(vet.Stderr));
    }
}
