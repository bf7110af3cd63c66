namespace Slipway.Pipelines.Environment;

/// <summary>What kind of thing a job needs from the environment it runs in.</summary>
public enum NeedKind
{
    /// <summary>An executable (or runtime) on the job's PATH: <see cref="JobNeed.Subject"/> names it, e.g. <c>bash</c>.</summary>
    Tool,

    /// <summary>A Docker daemon the job can talk to (runner daemon, Docker-in-Docker service).</summary>
    DockerDaemon,

    /// <summary>
    /// A Buildx builder that builds multi-platform images and attestations (the <c>docker-container</c> driver); the
    /// default <c>docker</c> driver refuses both.
    /// </summary>
    MultiPlatformBuilder,

    /// <summary>QEMU emulation of the platform in <see cref="JobNeed.Subject"/>, for a Dockerfile that runs <c>RUN</c> there.</summary>
    Emulation,

    /// <summary>A login to the container registry in <see cref="JobNeed.Subject"/> (a host, or <c>$CI_REGISTRY</c>).</summary>
    RegistryLogin,

    /// <summary>The environment variable in <see cref="JobNeed.Subject"/>, set by the job (a literal or a mapped secret).</summary>
    Variable,

    /// <summary>
    /// A GoReleaser SCM token variable (<c>GITHUB_TOKEN</c>, <c>GITLAB_TOKEN</c>, <c>GITEA_TOKEN</c>) in
    /// <see cref="JobNeed.Subject"/>; GoReleaser refuses to run when a second one is set without <c>GORELEASER_FORCE_TOKEN</c>.
    /// </summary>
    ScmToken,

    /// <summary>Write access of the job token to the scope in <see cref="JobNeed.Subject"/> (GitHub <c>permissions</c>).</summary>
    WritePermission,

    /// <summary>The whole git history and its tags (GoReleaser derives versions and changelogs from them).</summary>
    FullHistory,
}
