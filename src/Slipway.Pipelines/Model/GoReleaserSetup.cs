namespace Slipway.Pipelines.Model;

/// <summary>
/// GoReleaser installed but not run (the build runs it): GitHub goreleaser-action with <c>install-only</c> and a
/// pinned version; on GitLab the job image must contain it.
/// </summary>
/// <param name="Version">Pinned GoReleaser version, e.g. <c>v2.12.0</c>.</param>
public sealed record GoReleaserSetup(string Version) : SetupRequirement
{
    internal override int Order => 2;
}
