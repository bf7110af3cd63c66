using Slipway.Clients.GoReleaser;
using Slipway.Clients.Tests.Example;
using Xunit;

namespace Slipway.Clients.Tests.GoReleaser;

public sealed class DistDirectoryTests
{
    [Fact]
    public void Load_ReadsArtifactsMetadataAndChecksums()
    {
        using var scratch = new ScratchDirectory();
        DistFixture.Write(scratch.Path, new DistSpec());

        var dist = DistDirectory.Load(Path.Combine(scratch.Path, "dist"));

        Assert.Equal("sumcheck", dist.Metadata.ProjectName);
        Assert.Equal("1.2.3", dist.Metadata.Version);
        Assert.Equal("linux", dist.Metadata.Runtime.Goos);
        Assert.Equal(6, dist.Binaries.Count());
        Assert.Equal(6, dist.Archives.Count());
        Assert.Equal(6, dist.Platforms.Count);
        Assert.Equal("sumcheck_1.2.3_checksums.txt", dist.ChecksumsFileName);
        Assert.Equal(6, dist.Checksums!.Entries.Count);
        Assert.Equal("sha256", dist.Checksums.ImpliedAlgorithm);
        var windows = Assert.Single(dist.Archives, a => a.Platform == "windows/arm64");
        Assert.Equal("sumcheck_1.2.3_windows_arm64.zip", windows.Name);
        Assert.Equal("zip", windows.Format);
        Assert.Equal(["sumcheck.exe"], windows.Binaries);
        Assert.StartsWith("sha256:", windows.Checksum, StringComparison.Ordinal);
        var binary = Assert.Single(dist.Binaries, b => b.Platform == "linux/amd64");
        Assert.Equal("sumcheck", binary.Binary);
        Assert.Equal("v1", binary.Goamd64);
        Assert.True(File.Exists(dist.ResolvePath(binary)));
        Assert.Empty(dist.VerifyChecksums());
    }

    [Fact]
    public void Load_MissingDist_SaysWhatToRun()
    {
        using var scratch = new ScratchDirectory();

        var error = Assert.Throws<GoReleaserDistException>(() => DistDirectory.Load(Path.Combine(scratch.Path, "dist")));

        Assert.Contains("dist directory not found", error.Message, StringComparison.Ordinal);
        Assert.Contains("goreleaser release --snapshot --clean", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingMetadata_NamesTheFile()
    {
        using var scratch = new ScratchDirectory();
        var dist = DistFixture.Write(scratch.Path, new DistSpec());
        File.Delete(Path.Combine(dist, "metadata.json"));

        var error = Assert.Throws<GoReleaserDistException>(() => DistDirectory.Load(dist));

        Assert.Contains("metadata.json: metadata.json not found", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MalformedArtifactsJson_NamesFileJsonPathAndLine()
    {
        using var scratch = new ScratchDirectory();
        var dist = DistFixture.Write(scratch.Path, new DistSpec());
        File.WriteAllText(Path.Combine(dist, "artifacts.json"), "[\n  {\"name\": \"a\", \"type\": \"Binary\"},\n  {\"name\": \"b\", \"goos\": 7}\n]");

        var error = Assert.Throws<GoReleaserDistException>(() => DistDirectory.Load(dist));

        Assert.Contains("artifacts.json: malformed JSON at $[1].goos (line 3)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TruncatedArtifactsJson_IsAClearError()
    {
        var error = Assert.Throws<GoReleaserDistException>(() => ArtifactsFile.Parse("[{\"name\": \"a\",", "dist/artifacts.json"));

        Assert.StartsWith("dist/artifacts.json: malformed JSON", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ArtifactWithoutType_IsRejected()
    {
        var error = Assert.Throws<GoReleaserDistException>(() => ArtifactsFile.Parse("[{\"name\": \"a\", \"internal_type\": 4}]"));

        Assert.Contains("$[0] has no \"name\" or \"type\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ChecksumsFile_BadLine_NamesFileAndLine()
    {
        var text = "5891b5b522d5df086d0ff0b110fbd9d21bb4fc7163af34d08286a2e846f6be03  a.tar.gz\n" +
                   "5891b5b522d5df086d0ff0b110fbd9d21bb4fc7163af34d08286a2e846f6be03 b.tar.gz\n";

        var error = Assert.Throws<GoReleaserDistException>(() => ChecksumsFile.Parse(text, "dist/x_checksums.txt"));

        Assert.StartsWith("dist/x_checksums.txt:2: expected \"<hex digest>  <file name>\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ChecksumsFile_AcceptsBinaryModeAndUppercase()
    {
        var file = ChecksumsFile.Parse("5891B5B522D5DF086D0FF0B110FBD9D21BB4FC7163AF34D08286A2E846F6BE03 *hello.txt\r\n");

        var entry = Assert.Single(file.Entries);
        Assert.Equal(new ChecksumEntry("5891b5b522d5df086d0ff0b110fbd9d21bb4fc7163af34d08286a2e846f6be03", "hello.txt"), entry);
    }

    [Fact]
    public void VerifyChecksums_ChangedArchive_IsAMismatchWithBothDigests()
    {
        using var scratch = new ScratchDirectory();
        var dist = DistFixture.Write(scratch.Path, new DistSpec());
        var archive = Path.Combine(dist, "sumcheck_1.2.3_darwin_arm64.tar.gz");
        File.AppendAllText(archive, "changed");

        var differences = DistDirectory.Load(dist).VerifyChecksums();

        var difference = Assert.Single(differences);
        Assert.Equal(ReleaseDifferenceKind.ChecksumMismatch, difference.Kind);
        Assert.Equal("sumcheck_1.2.3_darwin_arm64.tar.gz", difference.Subject);
        Assert.Equal(ChecksumsFile.Sha256OfFile(archive), difference.Actual);
        Assert.NotEqual(difference.Expected, difference.Actual);
    }

    [Fact]
    public void VerifyChecksums_DeletedArchive_IsMissingFile()
    {
        using var scratch = new ScratchDirectory();
        var dist = DistFixture.Write(scratch.Path, new DistSpec());
        File.Delete(Path.Combine(dist, "sumcheck_1.2.3_linux_amd64.tar.gz"));

        var difference = Assert.Single(DistDirectory.Load(dist).VerifyChecksums());

        Assert.Equal(ReleaseDifferenceKind.MissingFile, difference.Kind);
    }

    [Fact]
    public void ResolvePath_FindsFilesOfARenamedDist()
    {
        using var scratch = new ScratchDirectory();
        var dist = DistFixture.Write(scratch.Path, new DistSpec());
        var moved = Path.Combine(scratch.Path, "downloaded-dist");
        Directory.Move(dist, moved);

        var loaded = DistDirectory.Load(moved);

        Assert.Empty(loaded.VerifyChecksums());
        Assert.All(loaded.Binaries, b => Assert.True(File.Exists(loaded.ResolvePath(b)), b.Path));
    }
}
