namespace Slipway.Components.CiGeneration;

/// <summary>
/// Capability names targets declare with <c>.Uses(...)</c> and the CI generator reads to decide what a job sets up
/// and which token permissions it gets. Tools are declared separately, by executable name, with <c>.Requires(...)</c>.
/// </summary>
public static class CiCapabilities
{
    /// <summary>Builds container images: Docker Buildx on GitHub, a Docker-in-Docker service on GitLab.</summary>
    public const string DockerBuild = "docker-build";

    /// <summary>Builds for foreign platforms: QEMU emulators.</summary>
    public const string Qemu = "qemu";

    /// <summary>Pushes images: a registry login, and <c>packages: write</c> on GitHub.</summary>
    public const string RegistryPush = "registry-push";

    /// <summary>Publishes a release: <c>contents: write</c> and the token in the environment.</summary>
    public const string ReleasePublish = "release-publish";
}
