using Slipway.Clients.GoReleaser;

namespace Slipway.Components.Prerelease;

/// <summary>
/// What a pre-release carries from dist/: every archive and the checksums file, checked before anything is published,
/// so a dist/ that could only be published in part is refused whole.
/// </summary>
internal static class PrereleaseFiles
{
    /// <summary>The archives (by name) then the checksums file.</summary>
    /// <exception cref="InvalidOperationException">dist/ has no archive or no checksums file, a listed file is missing, or a checksum does not match.</exception>
    public static IReadOnlyList<PrereleaseFile> Collect(DistDirectory dist)
    {
        var archives = dist.Archives.OrderBy(a => a.Name, StringComparer.Ordinal).ToList();
        if (archives.Count == 0)
        {
            throw new InvalidOperationException(
                $"{dist.FullPath} has no archives (artifacts.json lists {dist.Artifacts.Count} artifact(s), none of type {GoReleaserArtifactTypes.Archive}), so there is nothing to publish. "
                + "A pre-release needs a full snapshot (`goreleaser release --snapshot --clean`), not a single-target build (--snapshot-single-target, the default for pull requests), and an archives section in the GoReleaser configuration. Nothing was published.");
        }

        if (dist.Checksums is null || dist.ChecksumsFileName is null)
        {
            throw new InvalidOperationException(
                $"{dist.FullPath} has no checksums file; a pre-release carries one next to its archives. Enable GoReleaser's checksum section. Nothing was published.");
        }

        var missing = archives.Select(dist.ResolvePath).Where(p => !File.Exists(p)).ToList();
        var mismatches = dist.VerifyChecksums();
        if (missing.Count > 0 || mismatches.Count > 0)
        {
            throw new InvalidOperationException(
                $"{dist.FullPath} does not hold what artifacts.json and {dist.ChecksumsFileName} list:\n  {string.Join("\n  ", missing.Select(m => "missing: " + m).Concat(mismatches.Select(m => m.ToString())))}\n"
                + "Rebuild with SnapshotBuild; a dist/ changed after the build cannot be published. Nothing was published.");
        }

        var checksumsPath = dist.ResolvePath(dist.OfType(GoReleaserArtifactTypes.Checksum).First());
        return
        [
            .. archives.Select(a => Describe(dist.ResolvePath(a), a.Name, dist.Checksums.Find(a.Name), isChecksums: false)),
            Describe(checksumsPath, dist.ChecksumsFileName, null, isChecksums: true),
        ];
    }

    private static PrereleaseFile Describe(string path, string name, string? listedSha256, bool isChecksums) =>
        new(name, path, new FileInfo(path).Length, listedSha256 ?? ChecksumsFile.Sha256OfFile(path), isChecksums);
}
