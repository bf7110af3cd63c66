using Slipway.Pipelines.Model;

namespace Slipway.Components.CiGeneration;

/// <summary>
/// How a job of one CI system authenticates to a registry: the docker CLI login (user expression and password secret),
/// the values for Slipway's own <c>REGISTRY_USERNAME</c>/<c>REGISTRY_PASSWORD</c>, and any token scope it needs.
/// </summary>
/// <param name="Login">The docker CLI login.</param>
/// <param name="UsernameValue">The literal or expression <c>REGISTRY_USERNAME</c> is set to.</param>
/// <param name="PasswordSecret">The secret (GitHub) or CI variable (GitLab) holding the password.</param>
/// <param name="WriteScope">A token scope the push needs (<c>packages</c> for ghcr.io on GitHub), or null.</param>
public sealed record RegistryAccess(RegistryLoginSetup Login, string UsernameValue, string PasswordSecret, string? WriteScope)
{
    /// <summary>
    /// Secret names for a registry that has no CI-provided credentials: <c>DOCKERHUB_</c> for Docker Hub, else the host
    /// in capitals with <c>_</c> for other characters (<c>QUAY_IO_</c>), then <c>USERNAME</c> and <c>TOKEN</c>.
    /// </summary>
    public static (string User, string Password) NamedSecrets(string registry)
    {
        var prefix = registry is "docker.io" or "index.docker.io" or "registry-1.docker.io" ? "DOCKERHUB"
            : new string([.. registry.ToUpperInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_')]).Trim('_');
        return (prefix + "_USERNAME", prefix + "_TOKEN");
    }
}
