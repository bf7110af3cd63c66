namespace Slipway.Clients.GoReleaser;

/// <summary>The <c>type</c> strings GoReleaser writes to artifacts.json that Slipway reads.</summary>
public static class GoReleaserArtifactTypes
{
    /// <summary>A built binary.</summary>
    public const string Binary = "Binary";

    /// <summary>An archive (tar.gz, zip...).</summary>
    public const string Archive = "Archive";

    /// <summary>The checksums file.</summary>
    public const string Checksum = "Checksum";

    /// <summary>A Docker image built locally.</summary>
    public const string DockerImage = "Docker Image";
}
