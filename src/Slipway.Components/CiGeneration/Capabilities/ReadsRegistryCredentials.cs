namespace Slipway.Components.CiGeneration.Capabilities;

/// <summary>
/// The target talks to <paramref name="Registry"/> itself (Slipway's registry client) and reads its credentials from
/// the <c>REGISTRY_USERNAME</c> and <c>REGISTRY_PASSWORD</c> variables, which the job fills from the CI system's own.
/// </summary>
/// <param name="Registry">The registry host, or <see cref="LogsInToRegistry.GitLabRegistry"/>.</param>
public sealed record ReadsRegistryCredentials(string Registry) : Capability
{
    /// <summary>The variable holding the user name.</summary>
    public const string UsernameVariable = "REGISTRY_USERNAME";

    /// <summary>The variable holding the password or token.</summary>
    public const string PasswordVariable = "REGISTRY_PASSWORD";
}
