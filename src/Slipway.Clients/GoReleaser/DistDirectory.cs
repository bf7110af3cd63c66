namespace Slipway.Clients.GoReleaser;

/// <summary>A GoReleaser <c>dist/</c> directory: its artifacts.json, metadata.json and checksums file, read together.</summary>
public sealed class DistDirectory
{
    private DistDirectory(string fullPath, IReadOnlyList<GoReleaserArtifact> artifacts, GoReleaserMetadata metadata, ChecksumsFile? checksums, string? checksumsFileName)
    {
        FullPath = fullPath;
        Artifacts = artifacts;
        Metadata = metadata;
        Checksums = checksums;
        ChecksumsFileName = checksumsFileName;
    }

    /// <summary>Absolute path of the dist/ directory.</summary>
    public string FullPath { get; }

    /// <summary>Entries of artifacts.json.</summary>
    public IReadOnlyList<GoReleaserArtifact> Artifacts { get; }

    /// <summary>Contents of metadata.json.</summary>
    public GoReleaserMetadata Metadata { get; }

    /// <summary>The checksums file, or null when the build made none (e.g. <c>build --single-target</c>).</summary>
    public ChecksumsFile? Checksums { get; }

    /// <summary>The checksums file's name, or null when there is none.</summary>
    public string? ChecksumsFileName { get; }

    /// <summary>Binaries (type <c>Binary</c>).</summary>
    public IEnumerable<GoReleaserArtifact> Binaries => OfType(GoReleaserArtifactTypes.Binary);

    /// <summary>Archives (type <c>Archive</c>).</summary>
    public IEnumerable<GoReleaserArtifact> Archives => OfType(GoReleaserArtifactTypes.Archive);

    /// <summary>The <c>goos/goarch</c> platforms that have a binary or an archive.</summary>
    public IReadOnlySet<string> Platforms =>
        Binaries.Concat(Archives).Select(a => a.Platform).OfType<string>().ToHashSet(StringComparer.Ordinal);

    /// <summary>Reads a dist/ directory.</summary>
    /// <exception cref="GoReleaserDistException">The directory, artifacts.json or metadata.json is missing or malformed, or the checksums file does not parse.</exception>
    public static DistDirectory Load(string path)
    {
        var fullPath = System.IO.Path.GetFullPath(path);
        if (!Directory.Exists(fullPath))
        {
            throw new GoReleaserDistException($"{fullPath}: dist directory not found. Run a GoReleaser build (e.g. `goreleaser release --snapshot --clean`) first.");
        }

        var artifacts = ArtifactsFile.Load(System.IO.Path.Combine(fullPath, ArtifactsFile.FileName));
        var metadata = MetadataFile.Load(System.IO.Path.Combine(fullPath, MetadataFile.FileName));
        var checksumArtifact = artifacts.FirstOrDefault(a => string.Equals(a.Type, GoReleaserArtifactTypes.Checksum, StringComparison.Ordinal));
        var dist = new DistDirectory(fullPath, artifacts, metadata, null, null);
        if (checksumArtifact is null)
        {
            return dist;
        }

        var checksumsPath = dist.ResolvePath(checksumArtifact);
        return new DistDirectory(fullPath, artifacts, metadata, ChecksumsFile.Load(checksumsPath), checksumArtifact.Name);
    }

    /// <summary>Artifacts of one type (see <see cref="GoReleaserArtifactTypes"/>).</summary>
    public IEnumerable<GoReleaserArtifact> OfType(string type) =>
        Artifacts.Where(a => string.Equals(a.Type, type, StringComparison.Ordinal));

    /// <summary>
    /// Where an artifact's file is on disk. GoReleaser writes paths relative to the project root (<c>dist/...</c>);
    /// a dist/ moved or renamed (e.g. a CI artifact download) is found by its path inside dist/.
    /// </summary>
    public string ResolvePath(GoReleaserArtifact artifact)
    {
        var path = artifact.Path.Replace('\\', '/');
        if (System.IO.Path.IsPathRooted(path))
        {
            return path;
        }

        var fromRoot = System.IO.Path.GetFullPath(System.IO.Path.Combine(System.IO.Path.GetDirectoryName(FullPath) ?? FullPath, path));
        if (File.Exists(fromRoot))
        {
            return fromRoot;
        }

        var slash = path.IndexOf('/', StringComparison.Ordinal);
        var insideDist = slash < 0 ? path : path[(slash + 1)..];
        var fromDist = System.IO.Path.Combine(FullPath, insideDist);
        return File.Exists(fromDist) ? fromDist : fromRoot;
    }

    /// <summary>Hashes the files the checksums file lists and reports mismatches; a missing checksums file is itself a difference.</summary>
    public IReadOnlyList<ReleaseDifference> VerifyChecksums() =>
        Checksums is null
            ? [new ReleaseDifference(ReleaseDifferenceKind.ChecksumFile, FullPath, "a checksums file", null)]
            : Checksums.Verify(FullPath);
}
