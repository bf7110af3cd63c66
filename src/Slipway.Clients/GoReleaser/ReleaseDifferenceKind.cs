namespace Slipway.Clients.GoReleaser;

/// <summary>What kind of difference a <see cref="ReleaseDifference"/> reports.</summary>
public enum ReleaseDifferenceKind
{
    /// <summary>An expected artifact is absent.</summary>
    MissingArtifact,

    /// <summary>An artifact is present that was not expected.</summary>
    ExtraArtifact,

    /// <summary>An expected goos/goarch has no artifacts.</summary>
    MissingPlatform,

    /// <summary>Artifacts exist for a goos/goarch that was not expected.</summary>
    ExtraPlatform,

    /// <summary>An archive's name differs from the expected name.</summary>
    ArchiveName,

    /// <summary>An archive's format differs.</summary>
    ArchiveFormat,

    /// <summary>A binary's name differs.</summary>
    BinaryName,

    /// <summary>The same artifact has different content (digest).</summary>
    Checksum,

    /// <summary>A file's content does not match the checksums file.</summary>
    ChecksumMismatch,

    /// <summary>The checksum algorithm differs.</summary>
    ChecksumAlgorithm,

    /// <summary>The checksums file name differs or the file is absent.</summary>
    ChecksumFile,

    /// <summary>A file listed in artifacts.json or the checksums file is not on disk.</summary>
    MissingFile,

    /// <summary>metadata.json project name differs.</summary>
    ProjectName,

    /// <summary>metadata.json version differs.</summary>
    Version,

    /// <summary>metadata.json commit differs.</summary>
    Commit,

    /// <summary>A variable set with <c>-ldflags -X</c> is missing or has another value.</summary>
    LinkerVariable,
}
