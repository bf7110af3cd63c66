using System.Globalization;
using System.Text;

namespace Slipway.Components.Prerelease;

/// <summary>
/// The notes of a pre-release: branch, commit, the CI run that built it, a table of its files with size and SHA-256,
/// and the <see cref="PrereleaseMarker"/>. The same inputs give the same text, so a rerun finds nothing to update.
/// </summary>
internal static class PrereleaseNotes
{
    public static string Render(PrereleaseMarker marker, Uri? runUrl, IReadOnlyList<PrereleaseFile> files)
    {
        var text = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"Pre-release of branch `{marker.Branch}` at commit {marker.Commit}")
            .Append(runUrl is null ? ", built locally." : $", built by [this CI run]({runUrl.AbsoluteUri}).")
            .Append("\n\nEvery push to the branch publishes one; old ones are pruned. Not for production use.\n\n")
            .Append("| File | Size (bytes) | SHA-256 |\n|---|---:|---|\n");
        foreach (var file in files.Where(f => !f.IsChecksums))
        {
            text.Append(CultureInfo.InvariantCulture, $"| {file.Name} | {file.Size} | `{file.Sha256}` |\n");
        }

        if (files.FirstOrDefault(f => f.IsChecksums) is { } checksums)
        {
            text.Append(CultureInfo.InvariantCulture, $"\nThe same digests are in `{checksums.Name}` (`sha256sum --check` reads it).\n");
        }

        return text.Append('\n').Append(marker.Render()).Append('\n').ToString();
    }
}
