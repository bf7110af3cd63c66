using Slipway.Clients.GoReleaser;
using Slipway.Components.Go;
using Slipway.Components.Tools;
using Slipway.Tooling;

namespace Slipway.Components.Release;

/// <summary>
/// <c>Release</c>: <c>goreleaser release --clean</c>, only for a tag (anything else is refused before the run starts,
/// naming the current ref). The SCM token follows the GoReleaser configuration (<c>release.github</c>, <c>gitlab</c>,
/// <c>gitea</c>; else the CI host): <c>GITHUB_TOKEN</c>, <c>GITLAB_TOKEN</c> or <c>GITEA_TOKEN</c>, masked in all output, with
/// <c>GORELEASER_FORCE_TOKEN</c> when another SCM token could be present. A Pro configuration also needs <c>GORELEASER_KEY</c>.
/// </summary>
public interface IRelease : IGoBuild
{
    /// <summary>The token GoReleaser publishes a GitHub release with.</summary>
    [Parameter("GitHub token GoReleaser publishes a GitHub release with (passed as GITHUB_TOKEN)"), Secret]
    string? GitHubToken => this.GetParameter(() => GitHubToken);

    /// <summary>
    /// What publishing needs where the release job runs (token, registry logins, Buildx, QEMU, tools, secrets), read from
    /// the GoReleaser configuration when CI files are generated. A build may add to it or replace it.
    /// </summary>
    IEnumerable<Capability> ReleaseCapabilities =>
        Slipway.Components.Release.ReleaseCapabilities.For(Slipway.Clients.GoReleaser.Configuration.GoReleaserConfigReader.Read(GoDirectory, GoReleaserConfig));

    /// <summary>The token GoReleaser publishes a GitLab release with.</summary>
    [Parameter("GitLab token GoReleaser publishes a GitLab release with (passed as GITLAB_TOKEN)"), Secret]
    string? GitLabToken => this.GetParameter(() => GitLabToken);

    /// <summary>The token GoReleaser publishes a Gitea release with.</summary>
    [Parameter("Gitea token GoReleaser publishes a Gitea release with (passed as GITEA_TOKEN)"), Secret]
    string? GiteaToken => this.GetParameter(() => GiteaToken);

    /// <summary>Publishes the release for the current tag.</summary>
    Target Release => _ => _
        .Description("goreleaser release --clean for the current tag (publishes archives, checksums and images)")
        .Requires(() => Context.Host.Tag != null,
            $"a tag build (current ref: {Context.Host.Ref ?? Context.Host.Branch ?? Context.Host.Commit ?? "unknown"}); Release publishes only from a tag such as v1.2.3")
        .Requires(() => ReleaseTokens.Available(this))
        .Requires(this.Pinned(KnownTools.Go), this.Pinned(KnownTools.GoReleaser))
        .TryDependsOn<IValidateRelease>(x => x.ValidateRelease) // never publish what did not validate
        .Uses(() => ReleaseCapabilities)
        .Executes(async cancellationToken =>
        {
            var invocation = GoReleaserCommand.Release(GoReleaserConfig);
            Context.Log.Information("Releasing tag {Tag}", Context.Host.Tag);
            await Context.Processes.RunAsync(
                new ProcessSpec(this.RequireTool(KnownTools.GoReleaser), invocation.Arguments)
                {
                    WorkingDirectory = GoDirectory,
                    Environment = ReleaseTokens.Environment(this),
                },
                cancellationToken);
        });
}
