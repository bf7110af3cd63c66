using Slipway.Clients.GoReleaser;
using Slipway.Clients.Tests.Example;
using Xunit;

namespace Slipway.Clients.Tests.GoReleaser;

public sealed class ParityComparerTests
{
    private static (DistDirectory Left, DistDirectory Right) Pair(ScratchDirectory scratch, DistSpec left, DistSpec right) =>
        (DistDirectory.Load(DistFixture.Write(Path.Combine(scratch.Path, "a"), left)),
         DistDirectory.Load(DistFixture.Write(Path.Combine(scratch.Path, "b"), right)));

    [Fact]
    public void IdenticalDists_HaveNoDifference()
    {
        using var scratch = new ScratchDirectory();
        var (left, right) = Pair(scratch, new DistSpec(), new DistSpec());

        Assert.Empty(ParityComparer.Compare(left, right));
    }

    [Fact]
    public void ChangedBinary_IsReportedForTheBinaryItsArchiveAndTheChecksumsFile()
    {
        using var scratch = new ScratchDirectory();
        var (left, right) = Pair(scratch, new DistSpec(), new DistSpec { ChangedBinary = ("linux", "arm64", "rebuilt differently") });

        var differences = ParityComparer.Compare(left, right);

        Assert.All(differences, d => Assert.Equal(ReleaseDifferenceKind.Checksum, d.Kind));
        Assert.Equal(
            ["sumcheck (linux/arm64)", "sumcheck_1.2.3_linux_arm64.tar.gz (checksums file)", "sumcheck_1.2.3_linux_arm64.tar.gz (linux/arm64)"],
            differences.Select(d => d.Subject).Order(StringComparer.Ordinal));
        Assert.All(differences, d => Assert.NotEqual(d.Expected, d.Actual));
    }

    [Fact]
    public void MissingAndExtraPlatforms_AreReported()
    {
        using var scratch = new ScratchDirectory();
        var (left, right) = Pair(scratch,
            new DistSpec(),
            new DistSpec { Platforms = [("linux", "amd64"), ("linux", "arm64"), ("darwin", "amd64"), ("darwin", "arm64"), ("windows", "amd64"), ("freebsd", "amd64")] });

        var differences = ParityComparer.Compare(left, right);

        Assert.Contains(new ReleaseDifference(ReleaseDifferenceKind.MissingPlatform, "windows/arm64", "windows/arm64", null), differences);
        Assert.Contains(new ReleaseDifference(ReleaseDifferenceKind.ExtraPlatform, "freebsd/amd64", null, "freebsd/amd64"), differences);
        Assert.Contains(differences, d => d.Kind == ReleaseDifferenceKind.MissingArtifact && d.Subject.EndsWith("sumcheck_1.2.3_windows_arm64.zip", StringComparison.Ordinal));
        Assert.Contains(differences, d => d.Kind == ReleaseDifferenceKind.ExtraArtifact && d.Subject.EndsWith("sumcheck_1.2.3_freebsd_amd64.tar.gz", StringComparison.Ordinal));
    }

    [Fact]
    public void DifferentVersionAndCommit_AreReported()
    {
        using var scratch = new ScratchDirectory();
        var (left, right) = Pair(scratch, new DistSpec(), new DistSpec { Commit = "ffffffffffffffffffffffffffffffffffffffff" });

        var differences = ParityComparer.Compare(left, right);

        var commit = Assert.Single(differences, d => d.Kind == ReleaseDifferenceKind.Commit);
        Assert.Equal("ffffffffffffffffffffffffffffffffffffffff", commit.Actual);
        // The commit is linked into every binary, so every binary and archive differs too.
        Assert.Contains(differences, d => d.Kind == ReleaseDifferenceKind.Checksum);
    }

    [Fact]
    public void DifferentArchiveFormat_IsReported()
    {
        using var scratch = new ScratchDirectory();
        var (left, right) = Pair(scratch, new DistSpec(), new DistSpec { WindowsFormat = null });

        var differences = ParityComparer.Compare(left, right);

        Assert.Contains(differences, d => d.Kind == ReleaseDifferenceKind.MissingArtifact && d.Subject.EndsWith("windows_amd64.zip", StringComparison.Ordinal));
        Assert.Contains(differences, d => d.Kind == ReleaseDifferenceKind.ExtraArtifact && d.Subject.EndsWith("windows_amd64.tar.gz", StringComparison.Ordinal));
    }
}
