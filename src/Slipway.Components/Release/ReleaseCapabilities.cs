namespace Slipway.Components.Release;

/// <summary>The capability names the release targets declare with <c>Uses(...)</c>; the same strings as the CI generators' <c>CiCapabilities</c>.</summary>
internal static class ReleaseCapabilities
{
    public const string DockerBuild = "docker-build";
    public const string ReleasePublish = "release-publish";
}
