using Slipway.Components.Tools;

namespace Slipway.Components.Release;

/// <summary>
/// <c>DockerDryRun</c>: builds the release Dockerfile for the native platform only (no QEMU, nothing pushed) from the
/// snapshot's linux binary, with the OCI labels (version, revision, created, source) taken from dist/metadata.json,
/// checks the built image's labels, and removes the image afterwards, also on failure. Uses <c>docker buildx</c> when it
/// is installed, otherwise the Docker Engine API at <c>DOCKER_HOST</c> (Unix socket, or TCP with TLS).
/// </summary>
public interface IDockerDryRun : ISnapshotBuild
{
    /// <summary>Overrides the Dockerfile's <c>BASE_IMAGE</c> build argument (tests use an imported busybox).</summary>
    [Parameter("Base image passed as the release Dockerfile's BASE_IMAGE build argument (default: the Dockerfile's own)")]
    string? DockerBaseImage => this.GetParameter(() => DockerBaseImage);

    /// <summary>The release Dockerfile, which copies <c>linux/&lt;arch&gt;/&lt;binary&gt;</c> from its context.</summary>
    string ReleaseDockerfile => Path.Combine(GoDirectory, "Dockerfile");

    /// <summary>The <c>org.opencontainers.image.source</c> value: <c>SOURCE_URL</c> (as .goreleaser.yaml reads it), else the repository URL on CI, else null (the Dockerfile's default stays).</summary>
    string? ImageSource =>
        Context.Environment.GetValueOrDefault("SOURCE_URL") is { Length: > 0 } explicitSource ? explicitSource
        : Context.Environment.GetValueOrDefault("GITHUB_SERVER_URL") is { Length: > 0 } server && Context.Environment.GetValueOrDefault("GITHUB_REPOSITORY") is { Length: > 0 } repository
            ? $"{server}/{repository}"
            : Context.Environment.GetValueOrDefault("CI_PROJECT_URL") is { Length: > 0 } project ? project : null;

    /// <summary>Builds and checks the release image locally, then removes it.</summary>
    Target DockerDryRun => _ => _
        .Description("docker build of the release Dockerfile for the native platform from dist/, labels checked, image removed; nothing pushed")
        .Consumes(SnapshotBuild, GoPath("dist/"))
        .Requires(KnownTools.Docker)
        .Uses(new CiGeneration.Capabilities.UsesDockerDaemon()) // the Engine API: no Buildx needed
        .Inputs(GoPath("Dockerfile"), GoPath("dist/**"))
        .InputVariables("DOCKER_HOST", "DOCKER_TLS_VERIFY", "DOCKER_CERT_PATH", "DOCKER_BASE_IMAGE", "SOURCE_URL")
        .Executes(cancellationToken => DockerDryRunner.RunAsync(this, cancellationToken));
}
