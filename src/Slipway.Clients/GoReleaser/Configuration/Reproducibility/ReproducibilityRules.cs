namespace Slipway.Clients.GoReleaser.Configuration.Reproducibility;

/// <summary>The rule names of <see cref="ReproducibilityChecks"/>' findings.</summary>
public static class ReproducibilityRules
{
    /// <summary><c>{{ .Date }}</c>, <c>{{ .Now }}</c> or <c>{{ .Timestamp }}</c> in ldflags (or no ldflags: GoReleaser's default embeds <c>{{ .Date }}</c>).</summary>
    public const string BuildTimeInLdflags = "build-time-in-ldflags";

    /// <summary>The build clock in image labels, annotations or build arguments.</summary>
    public const string BuildTimeInLabels = "build-time-in-labels";

    /// <summary>The build clock in archive or package file info (mtime).</summary>
    public const string BuildTimeInArchiveInfo = "build-time-in-archive-info";

    /// <summary>A build without <c>-trimpath</c>: the build machine's paths end up in the binary.</summary>
    public const string NoTrimpath = "no-trimpath";

    /// <summary>A build without <c>mod_timestamp</c>: binaries keep their build time as mtime, and archives differ.</summary>
    public const string NoModTimestamp = "no-mod-timestamp";

    /// <summary>Archive files without a fixed <c>info.mtime</c>: they keep their checkout time, which differs between clones.</summary>
    public const string ArchiveFilesWithoutMtime = "archive-files-mtime";
}
