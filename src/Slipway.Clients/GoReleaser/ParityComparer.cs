namespace Slipway.Clients.GoReleaser;

/// <summary>
/// Compares two dist/ outputs of the same commit (e.g. a laptop build and a CI build) and reports every difference:
/// artifact set, platforms, formats, binary names, content digests, checksums file and metadata version/commit.
/// Build dates are ignored: they differ by design.
/// </summary>
public static class ParityComparer
{
    /// <summary>Compares <paramref name="expected"/> with <paramref name="actual"/>; an empty list means parity.</summary>
    public static IReadOnlyList<ReleaseDifference> Compare(DistDirectory expected, DistDirectory actual)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        var differences = new List<ReleaseDifference>();
        CompareMetadata(expected.Metadata, actual.Metadata, differences);
        CompareSets(expected.Platforms, actual.Platforms, ReleaseDifferenceKind.MissingPlatform, ReleaseDifferenceKind.ExtraPlatform, differences);

        var expectedByKey = Index(expected);
        var actualByKey = Index(actual);
        CompareSets(expectedByKey.Keys.ToHashSet(StringComparer.Ordinal), actualByKey.Keys.ToHashSet(StringComparer.Ordinal),
            ReleaseDifferenceKind.MissingArtifact, ReleaseDifferenceKind.ExtraArtifact, differences);
        foreach (var (key, left) in expectedByKey.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (actualByKey.TryGetValue(key, out var right))
            {
                CompareArtifact(expected, left, actual, right, differences);
            }
        }

        Add(differences, ReleaseDifferenceKind.ChecksumFile, "checksums file", expected.ChecksumsFileName, actual.ChecksumsFileName);
        if (expected.Checksums is not null && actual.Checksums is not null)
        {
            foreach (var entry in expected.Checksums.Entries)
            {
                Add(differences, ReleaseDifferenceKind.Checksum, entry.FileName + " (checksums file)", entry.Hex, actual.Checksums.Find(entry.FileName));
            }
        }

        return differences;
    }

    private static void CompareMetadata(GoReleaserMetadata expected, GoReleaserMetadata actual, List<ReleaseDifference> differences)
    {
        Add(differences, ReleaseDifferenceKind.ProjectName, MetadataFile.FileName, expected.ProjectName, actual.ProjectName);
        Add(differences, ReleaseDifferenceKind.Version, MetadataFile.FileName, expected.Version, actual.Version);
        Add(differences, ReleaseDifferenceKind.Commit, MetadataFile.FileName, expected.Commit, actual.Commit);
    }

    // Binaries and archives are what a release ships; metadata and checksum entries are compared separately.
    private static Dictionary<string, GoReleaserArtifact> Index(DistDirectory dist) =>
        dist.Binaries.Concat(dist.Archives)
            .GroupBy(a => $"{a.Type} {a.Platform ?? "-"} {a.Name}", StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    private static void CompareArtifact(DistDirectory leftDist, GoReleaserArtifact left, DistDirectory rightDist, GoReleaserArtifact right, List<ReleaseDifference> differences)
    {
        var subject = left.Platform is null ? left.Name : $"{left.Name} ({left.Platform})";
        Add(differences, ReleaseDifferenceKind.ArchiveFormat, subject, left.Format, right.Format);
        Add(differences, ReleaseDifferenceKind.BinaryName, subject, left.Binary, right.Binary);
        Add(differences, ReleaseDifferenceKind.BinaryName, subject, string.Join(',', left.Binaries), string.Join(',', right.Binaries));
        var leftDigest = Digest(leftDist, left);
        var rightDigest = Digest(rightDist, right);
        if (leftDigest is null || rightDigest is null)
        {
            Add(differences, ReleaseDifferenceKind.MissingFile, subject, leftDigest is null ? null : "on disk", rightDigest is null ? null : "on disk");
        }
        else
        {
            Add(differences, ReleaseDifferenceKind.Checksum, subject, leftDigest, rightDigest);
        }
    }

    // The file on disk is the truth; GoReleaser's recorded extra.Checksum stands in when the file is gone.
    private static string? Digest(DistDirectory dist, GoReleaserArtifact artifact)
    {
        var path = dist.ResolvePath(artifact);
        if (File.Exists(path))
        {
            return "sha256:" + ChecksumsFile.Sha256OfFile(path);
        }

        return artifact.Checksum;
    }

    private static void CompareSets(IReadOnlySet<string> expected, IReadOnlySet<string> actual, ReleaseDifferenceKind missing, ReleaseDifferenceKind extra, List<ReleaseDifference> differences)
    {
        differences.AddRange(expected.Where(e => !actual.Contains(e)).Order(StringComparer.Ordinal).Select(e => new ReleaseDifference(missing, e, e, null)));
        differences.AddRange(actual.Where(a => !expected.Contains(a)).Order(StringComparer.Ordinal).Select(a => new ReleaseDifference(extra, a, null, a)));
    }

    private static void Add(List<ReleaseDifference> differences, ReleaseDifferenceKind kind, string subject, string? expected, string? actual)
    {
        if (!string.Equals(expected, actual, StringComparison.Ordinal))
        {
            differences.Add(new ReleaseDifference(kind, subject, expected, actual));
        }
    }
}
