namespace Slipway.Components.CiGeneration.Capabilities;

/// <summary>
/// The target pushes packages to the package registry of the system hosting the pipeline (GitHub Packages): on GitHub
/// its job gets <c>GITHUB_TOKEN</c> and <c>packages: write</c>, and no other job does.
/// </summary>
public sealed record PublishesHostPackages : Capability
{
    /// <summary>The token variable the push reads on GitHub.</summary>
    public const string GitHubTokenVariable = "GITHUB_TOKEN";
}
