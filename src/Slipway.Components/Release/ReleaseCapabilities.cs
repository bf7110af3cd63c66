using Slipway.Clients.GoReleaser.Configuration;
using Slipway.Clients.GoReleaser.Configuration.Publishing;
using Slipway.Components.CiGeneration.Capabilities;

namespace Slipway.Components.Release;

/// <summary>
/// What the release job needs, derived from the GoReleaser configuration (<see cref="PublishingNeeds"/>): the SCM token,
/// a Docker daemon and Buildx for image publishing, QEMU only for a foreign-platform <c>RUN</c>, one registry login per
/// registry the image names resolve to in the pipeline, syft and cosign, Pro's key, and every secret the release reads,
/// in that job only.
/// </summary>
public static class ReleaseCapabilities
{
    /// <summary>The capabilities of releasing <paramref name="config"/>.</summary>
    public static IEnumerable<Capability> For(GoReleaserConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var needs = PublishingNeeds.For(config);
        if (!needs.Scm.Disabled)
        {
            // Without release.github/gitlab/gitea GoReleaser follows the git remote: the system hosting the pipeline.
            var named = !needs.Scm.KindSource.StartsWith("git remote", StringComparison.Ordinal) && !string.Equals(needs.Scm.KindSource, "default", StringComparison.Ordinal);
            yield return new PublishesRelease(named ? needs.Scm.Kind : null) { ForceToken = needs.Scm.ForceToken is not null || needs.Scm.OtherTokensRead.Count > 0 };
        }

        if (needs.NeedsBuildx)
        {
            yield return new BuildsMultiPlatformImages();
        }
        else if (needs.NeedsDockerDaemon)
        {
            yield return new UsesDockerDaemon();
        }

        if (needs.QemuPlatforms.Count > 0)
        {
            yield return new EmulatesPlatforms(needs.QemuPlatforms);
        }

        if (needs.Registries.Count > 0)
        {
            yield return new LogsInToRegistry(variables => [.. PublishingNeeds.For(config, variables: variables).Registries.Select(r => r.Host)]);
        }

        var tools = needs.Tools.Concat(needs.NeedsSyft ? ["syft"] : []).Concat(needs.NeedsCosign ? ["cosign"] : []).Concat(needs.HookTools).Distinct(StringComparer.Ordinal).ToList();
        if (tools.Count > 0)
        {
            yield return new RunsTools(tools);
        }

        if (needs.CosignKeyless)
        {
            yield return new NeedsWritePermission("id-token");
        }

        if (needs.NeedsPro)
        {
            yield return new GoReleaserPro();
        }

        foreach (var secret in needs.Secrets.Where(s => !ScmNeeds.AllTokenVariables.Contains(s, StringComparer.Ordinal) && s is not PublishingNeeds.ProKeyVariable))
        {
            yield return new ReadsSecret(secret);
        }
    }
}
