namespace Slipway.Components.Prerelease;

/// <summary>One file of dist/ a pre-release carries: an archive or the checksums file.</summary>
/// <param name="Name">File name, as the asset is named.</param>
/// <param name="Path">Where it is on disk.</param>
/// <param name="Size">Size in bytes.</param>
/// <param name="Sha256">Lowercase hex SHA-256 of the file.</param>
/// <param name="IsChecksums">True for the checksums file, which lists the others.</param>
public sealed record PrereleaseFile(string Name, string Path, long Size, string Sha256, bool IsChecksums)
{
    /// <summary>The media type the asset is uploaded with, by extension.</summary>
    public string ContentType =>
        Name.EndsWith(".tar.gz", StringComparison.Ordinal) || Name.EndsWith(".tgz", StringComparison.Ordinal) ? "application/gzip"
        : Name.EndsWith(".zip", StringComparison.Ordinal) ? "application/zip"
        : Name.EndsWith(".txt", StringComparison.Ordinal) ? "text/plain"
        : "application/octet-stream";
}
