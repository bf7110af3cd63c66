namespace Slipway.Clients.GoReleaser.Configuration.Publishing;

/// <summary>
/// One registry the release pushes to and must log in to first (GoReleaser never logs in itself).
/// </summary>
/// <param name="Host">The registry host, e.g. <c>ghcr.io</c>, <c>docker.io</c> (for names without a host), <c>quay.io</c>, or <c>$CI_REGISTRY</c>
/// when the image comes from GitLab's <c>CI_REGISTRY_IMAGE</c>/<c>CI_REGISTRY</c>; <c>$NAME</c> when the host is an environment variable the configuration reads.</param>
/// <param name="Kind">The kind of registry, which decides the credentials.</param>
/// <param name="UsernameSecret">The secret holding the user name, or null where CI provides it (<c>github.actor</c> on ghcr.io, <c>CI_REGISTRY_USER</c> on GitLab).</param>
/// <param name="PasswordSecret">The secret holding the password or token: <c>GITHUB_TOKEN</c> for ghcr.io (the workflow token), <c>CI_REGISTRY_PASSWORD</c> for GitLab's, else a
/// named secret such as <c>DOCKERHUB_TOKEN</c> or <c>QUAY_IO_PASSWORD</c>.</param>
/// <param name="Images">The image references pushed there (placeholders as in the release contract).</param>
public sealed record RegistryLogin(string Host, RegistryKind Kind, string? UsernameSecret, string PasswordSecret, IReadOnlyList<string> Images)
{
    /// <summary>True for ghcr.io: a GitHub job must grant <c>packages: write</c>.</summary>
    public bool NeedsPackagesWrite => Kind == RegistryKind.GitHubContainerRegistry;
}
