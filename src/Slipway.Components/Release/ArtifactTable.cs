using System.Globalization;
using Slipway.Clients.GoReleaser;

namespace Slipway.Components.Release;

/// <summary>The table SnapshotBuild prints: platform, artifact, size and SHA-256 of every binary, archive and checksums file.</summary>
internal static class ArtifactTable
{
    public static IReadOnlyList<string> Render(DistDirectory dist)
    {
        var rows = dist.Artifacts
            .Where(a => a.Type is GoReleaserArtifactTypes.Binary or GoReleaserArtifactTypes.Archive or GoReleaserArtifactTypes.Checksum)
            .OrderBy(a => a.Platform ?? "~", StringComparer.Ordinal).ThenBy(a => a.Type, StringComparer.Ordinal).ThenBy(a => a.Name, StringComparer.Ordinal)
            .Select(a =>
            {
                var path = dist.ResolvePath(a);
                var exists = File.Exists(path);
                return new[]
                {
                    a.Platform ?? "-",
                    string.Equals(a.Type, GoReleaserArtifactTypes.Binary, StringComparison.Ordinal) ? $"{a.Name} (binary)" : a.Name,
                    exists ? Size(new FileInfo(path).Length) : "missing",
                    exists ? ChecksumsFile.Sha256OfFile(path) : "-",
                };
            })
            .ToList();
        string[] header = ["PLATFORM", "ARTIFACT", "SIZE", "SHA256"];
        var widths = Enumerable.Range(0, header.Length).Select(i => rows.Select(r => r[i].Length).Append(header[i].Length).Max()).ToArray();
        string Line(string[] cells) => string.Join("  ", cells.Select((c, i) => i == 2 ? c.PadLeft(widths[i]) : c.PadRight(widths[i]))).TrimEnd();
        return [Line(header), .. rows.Select(Line)];
    }

    private static string Size(long bytes) =>
        bytes >= 1024 * 1024 ? (bytes / (1024.0 * 1024.0)).ToString("0.0", CultureInfo.InvariantCulture) + " MiB"
        : bytes >= 1024 ? (bytes / 1024.0).ToString("0.0", CultureInfo.InvariantCulture) + " KiB"
        : bytes.ToString(CultureInfo.InvariantCulture) + " B";
}
