using Slipway.Components.Tools;

namespace Slipway.Components.Release;

/// <summary>
/// <c>DockerDryRun</c>: builds, for the native platform only (no QEMU, nothing pushed), each image the GoReleaser
/// configuration declares for it, in the context GoReleaser would make: <c>dockers</c> (v1) with the binaries at the root,
/// <c>extra_files</c>, and the <c>--label</c>/<c>--build-arg</c> of <c>build_flag_templates</c>; <c>dockers_v2</c> with
/// <c>os/arch/binary</c>, <c>extra_files</c>, <c>build_args</c> and <c>labels</c>. The image must carry every declared label
/// with its value (rendered from dist/metadata.json and the commit), and OCI version/revision labels set otherwise must
/// follow metadata.json. A configuration without images builds <see cref="ReleaseDockerfile"/> with the version,
/// revision, created and source build arguments, as before. Each image is removed afterwards, also on failure. Uses <c>docker buildx</c> when it
/// is installed, otherwise the Docker Engine API at <c>DOCKER_HOST</c> (Unix socket, or TCP with TLS).
/// </summary>
public interface IDockerDryRun : ISnapshotBuild
{
    /// <summary>Overrides the Dockerfile's <c>BASE_IMAGE</c> build argument (tests use an imported busybox).</summary>
    [Parameter("Base image passed as the release Dockerfile's BASE_IMAGE build argument (default: the Dockerfile's own)")]
    string? DockerBaseImage => this.GetParameter(() => DockerBaseImage);

    /// <summary>The release Dockerfile, which copies <c>linux/&lt;arch&gt;/&lt;binary&gt;</c> from its context.</summary>
    string ReleaseDockerfile => Path.Combine(GoDirectory, "Dockerfile");

    /// <summary>The <c>org.opencontainers.image.source</c> value: <c>SOURCE_URL</c> (as .goreleaser.yaml reads it), else the repository URL the CI host gives, else null (the Dockerfile's default stays).</summary>
    string? ImageSource =>
        Context.Environment.GetValueOrDefault("SOURCE_URL") is { Length: > 0 } explicitSource ? explicitSource : Context.Host.SourceUrl;

    /// <summary>Builds and checks the release image locally, then removes it.</summary>
    Target DockerDryRun => _ => _
        .Description("docker build of each image the GoReleaser configuration declares, for the native platform, in GoReleaser's context layout; labels checked, image removed; nothing pushed")
        .Consumes(SnapshotBuild, GoPath("dist/"))
        .Requires(KnownTools.Docker)
        .Uses(new CiGeneration.Capabilities.UsesDockerDaemon()) // the Engine API: no Buildx needed
        .Inputs(GoPath("Dockerfile*"), GoPath("*.Dockerfile"), GoPath("**/Dockerfile*"), GoPath("dist/**"),
            GoPath(".config/goreleaser.y*ml"), GoPath(".goreleaser.y*ml"), GoPath("goreleaser.y*ml"))
        // Templates may read any variable; the ones this repository's configuration reads and Docker's own are listed.
        .InputVariables("DOCKER_HOST", "DOCKER_TLS_VERIFY", "DOCKER_CERT_PATH", "DOCKER_BASE_IMAGE", "SOURCE_URL", "IMAGE_NAME", "GORELEASER_CONFIG")
        .Executes(cancellationToken => DockerDryRunner.RunAsync(this, cancellationToken));
}
