namespace Slipway.Clients.Registry;

/// <summary>The manifest media types Slipway accepts.</summary>
public static class ManifestMediaTypes
{
    /// <summary>OCI image index (multi-platform).</summary>
    public const string OciIndex = "application/vnd.oci.image.index.v1+json";

    /// <summary>OCI image manifest.</summary>
    public const string OciManifest = "application/vnd.oci.image.manifest.v1+json";

    /// <summary>Docker manifest list (multi-platform).</summary>
    public const string DockerManifestList = "application/vnd.docker.distribution.manifest.list.v2+json";

    /// <summary>Docker image manifest, schema 2.</summary>
    public const string DockerManifest = "application/vnd.docker.distribution.manifest.v2+json";

    /// <summary>All four, for the <c>Accept</c> header (a registry answers 404 for a type the client did not accept).</summary>
    public static IReadOnlyList<string> All { get; } = [OciIndex, OciManifest, DockerManifestList, DockerManifest];
}
