namespace Slipway.Pipelines.Model;

/// <summary>
/// GoReleaser installed but not run (the build runs it): GitHub goreleaser-action with <c>install-only</c> and a
/// pinned version; on GitLab the job image must contain it.
/// </summary>
/// <param name="Version">Pinned GoReleaser version, e.g. <c>v2.12.0</c>.</param>
/// <param name="Distribution"><c>goreleaser</c>, or <c>goreleaser-pro</c> for configurations that need Pro (which also needs <c>GORELEASER_KEY</c>).</param>
public sealed record GoReleaserSetup(string Version, string Distribution = "goreleaser") : SetupRequirement
{
    internal override int Order => 2;
}
