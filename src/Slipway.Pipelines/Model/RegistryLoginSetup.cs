namespace Slipway.Pipelines.Model;

/// <summary>A container registry login (GitHub docker/login-action; GitLab <c>docker login --password-stdin</c>).</summary>
/// <param name="Registry">Registry host or expression, e.g. <c>ghcr.io</c> or <c>$CI_REGISTRY</c>.</param>
/// <param name="Username">Username expression, e.g. <c>${{ github.actor }}</c> or <c>$CI_REGISTRY_USER</c>.</param>
/// <param name="PasswordSecret">Name of the secret (GitHub) or CI variable (GitLab) holding the password.</param>
public sealed record RegistryLoginSetup(string Registry, string Username, string PasswordSecret) : SetupRequirement
{
    internal override int Order => 6;
}
