using Slipway.Clients.GoReleaser;
using Slipway.Clients.Tests.Example;
using Xunit;

namespace Slipway.Clients.Tests.GoReleaser;

public sealed class ReleaseContractTests
{
    private static ReleaseContract Committed() => ReleaseContract.Load(Path.Combine(GoTool.RepositoryRoot, "release-contract.json"));

    private static DistDirectory Dist(ScratchDirectory scratch, DistSpec spec) => DistDirectory.Load(DistFixture.Write(scratch.Path, spec));

    [Fact]
    public void CommittedContract_MatchesTheGoReleaserConfig()
    {
        var contract = Committed();
        var config = File.ReadAllText(Path.Combine(GoTool.RepositoryRoot, ".goreleaser.yaml"));

        Assert.Equal("sumcheck", contract.ProjectName);
        Assert.Equal(["sumcheck"], contract.Binaries);
        Assert.Equal(6, contract.Platforms.Count);
        Assert.Equal("sumcheck_1.2.3_windows_arm64.zip", contract.ArchiveName("1.2.3", new ReleasePlatform("windows", "arm64")));
        Assert.Equal("sumcheck_1.2.3_darwin_amd64.tar.gz", contract.ArchiveName("1.2.3", new ReleasePlatform("darwin", "amd64")));
        Assert.Equal("sumcheck_1.2.3_checksums.txt", contract.ChecksumsFileName("1.2.3"));
        Assert.Contains("project_name: sumcheck", config, StringComparison.Ordinal);
        Assert.Contains("goos: [linux, darwin, windows]", config, StringComparison.Ordinal);
        Assert.Contains("goarch: [amd64, arm64]", config, StringComparison.Ordinal);
        Assert.Contains("{{ .ProjectName }}_{{ .Version }}_checksums.txt", config, StringComparison.Ordinal);
        foreach (var variable in contract.LinkerVariables.Keys)
        {
            Assert.Contains("-X " + variable + "=", config, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(".Date }}", config, StringComparison.Ordinal);
    }

    [Fact]
    public void ConformingDist_HasNoDifference()
    {
        using var scratch = new ScratchDirectory();

        Assert.Empty(Committed().Check(Dist(scratch, new DistSpec())));
    }

    [Fact]
    public void MissingAndExtraPlatforms_AreReported()
    {
        using var scratch = new ScratchDirectory();
        var dist = Dist(scratch, new DistSpec { Platforms = [("linux", "amd64"), ("linux", "arm64"), ("darwin", "amd64"), ("darwin", "arm64"), ("windows", "amd64"), ("linux", "386")] });

        var differences = Committed().Check(dist);

        Assert.Equal(
            [new ReleaseDifference(ReleaseDifferenceKind.MissingPlatform, "windows/arm64", "windows/arm64", null),
             new ReleaseDifference(ReleaseDifferenceKind.ExtraPlatform, "linux/386", null, "linux/386")],
            differences);
    }

    [Fact]
    public void WrongWindowsFormat_IsAnArchiveNameAndFormatDifference()
    {
        using var scratch = new ScratchDirectory();

        var differences = Committed().Check(Dist(scratch, new DistSpec { WindowsFormat = null }));

        Assert.Contains(new ReleaseDifference(ReleaseDifferenceKind.ArchiveFormat, "sumcheck_1.2.3_windows_amd64.tar.gz", "zip", "tar.gz"), differences);
        Assert.Contains(new ReleaseDifference(ReleaseDifferenceKind.ArchiveName, "windows/arm64", "sumcheck_1.2.3_windows_arm64.zip", "sumcheck_1.2.3_windows_arm64.tar.gz"), differences);
    }

    [Fact]
    public void WrongChecksumsFileName_IsReported()
    {
        using var scratch = new ScratchDirectory();

        var differences = Committed().Check(Dist(scratch, new DistSpec { ChecksumsName = "checksums.txt" }));

        Assert.Equal([new ReleaseDifference(ReleaseDifferenceKind.ChecksumFile, "checksums file", "sumcheck_1.2.3_checksums.txt", "checksums.txt")], differences);
    }

    [Fact]
    public void LinkerVariables_RecordedInBuildInfo_MissingOrWrong_AreReportedPerBinary()
    {
        using var scratch = new ScratchDirectory();
        var dist = Dist(scratch, new DistSpec { TrimPath = false, Ldflags = "-s -w -X main.version=0.0.0-dev -X main.commit={commit}" });

        var differences = Committed().Check(dist);

        Assert.Equal(12, differences.Count);
        Assert.All(differences, d => Assert.Equal(ReleaseDifferenceKind.LinkerVariable, d.Kind));
        Assert.Contains(new ReleaseDifference(ReleaseDifferenceKind.LinkerVariable, "sumcheck (linux/amd64) main.version", "1.2.3", "0.0.0-dev"), differences);
        Assert.Contains(new ReleaseDifference(ReleaseDifferenceKind.LinkerVariable, "sumcheck.exe (windows/arm64) main.date", "*", null), differences);
    }

    [Fact]
    public void LinkerVariables_TrimpathBinaries_AreCheckedByTheValuesInTheirBytes()
    {
        using var scratch = new ScratchDirectory();
        var dist = Dist(scratch, new DistSpec { Ldflags = "-s -w -X main.version=0.0.0-dev -X main.commit={commit} -X main.date=2026-11-01T10:00:00Z" });

        var differences = Committed().Check(dist, runHostBinaries: false);

        Assert.Equal(6, differences.Count);
        Assert.Contains(new ReleaseDifference(ReleaseDifferenceKind.LinkerVariable, "sumcheck.exe (windows/amd64) main.version", "1.2.3", "(value not found in the binary)"), differences);
    }

    [Fact]
    public void LinkerVariables_MissingFromTheGoReleaserConfig_AreReported()
    {
        using var scratch = new ScratchDirectory();
        var dist = Dist(scratch, new DistSpec());
        var config = scratch.Write(".goreleaser.yaml", "builds:\n  - ldflags:\n      - -s -w -X main.version={{ .Version }} -X main.commit={{ .Commit }}\n");

        var differences = Committed().Check(dist, config);

        Assert.Equal([new ReleaseDifference(ReleaseDifferenceKind.LinkerVariable, ".goreleaser.yaml main.date", "-X main.date=...", null)], differences);
        Assert.Empty(Committed().Check(dist, Path.Combine(GoTool.RepositoryRoot, ".goreleaser.yaml")));
    }

    [Fact]
    public void TamperedArchive_IsAChecksumMismatch()
    {
        using var scratch = new ScratchDirectory();
        var dist = DistFixture.Write(scratch.Path, new DistSpec());
        File.WriteAllText(Path.Combine(dist, "sumcheck_1.2.3_linux_amd64.tar.gz"), "not the archive");

        var difference = Assert.Single(Committed().Check(DistDirectory.Load(dist)));

        Assert.Equal(ReleaseDifferenceKind.ChecksumMismatch, difference.Kind);
    }

    [Fact]
    public void Parse_IncompleteContract_ListsMissingFields()
    {
        var error = Assert.Throws<GoReleaserDistException>(() => ReleaseContract.Parse("{\"projectName\": \"x\", \"binaries\": [\"x\"]}", "c.json"));

        Assert.Equal("c.json: required field(s) missing or empty: platforms, archive.namePattern, archive.format, checksum.algorithm, checksum.namePattern.", error.Message);
    }

    [Fact]
    public void GoBuildInfo_OfANonGoFile_IsAClearError()
    {
        var error = Assert.Throws<GoReleaserDistException>(() => GoBuildInfo.Parse("#!/bin/sh\necho hi\n"u8, "script.sh"));

        Assert.Contains("no Go 1.18+ build information", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-s -w -X main.version=1.0 -X=main.commit=abc", "main.version=1.0;main.commit=abc")]
    [InlineData("-X 'main.date=2026-01-01T00:00:00Z'", "main.date=2026-01-01T00:00:00Z")]
    [InlineData("-s -w", "")]
    public void ParseLinkerVariables_ReadsBothSpellings(string ldflags, string expected)
    {
        var actual = string.Join(';', GoBuildInfo.ParseLinkerVariables(ldflags).Select(v => v.Key + "=" + v.Value));

        Assert.Equal(expected, actual);
    }
}
