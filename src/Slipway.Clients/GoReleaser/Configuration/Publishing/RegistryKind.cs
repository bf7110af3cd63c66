namespace Slipway.Clients.GoReleaser.Configuration.Publishing;

/// <summary>What kind of registry an image goes to, which decides how CI logs in.</summary>
public enum RegistryKind
{
    /// <summary><c>ghcr.io</c>: GitHub Actions logs in with the workflow's <c>GITHUB_TOKEN</c> and needs <c>packages: write</c>.</summary>
    GitHubContainerRegistry,

    /// <summary>The GitLab registry (<c>$CI_REGISTRY</c>, <c>registry.gitlab.com</c>): GitLab CI logs in with <c>CI_REGISTRY_USER</c>/<c>CI_REGISTRY_PASSWORD</c>.</summary>
    GitLabContainerRegistry,

    /// <summary>Docker Hub (<c>docker.io</c>, also an image name without a host): named secrets.</summary>
    DockerHub,

    /// <summary>Any other registry: named secrets.</summary>
    Other,
}
