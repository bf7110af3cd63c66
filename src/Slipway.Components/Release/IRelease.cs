using Slipway.Clients.GoReleaser;
using Slipway.Components.Go;
using Slipway.Components.Tools;
using Slipway.Tooling;

namespace Slipway.Components.Release;

/// <summary>
/// <c>Release</c>: <c>goreleaser release --clean</c>, only for a tag (anything else is refused before the run starts,
/// naming the current ref), with the GitHub token passed to GoReleaser as <c>GITHUB_TOKEN</c> and masked in all output.
/// </summary>
public interface IRelease : IGoBuild
{
    /// <summary>The token GoReleaser publishes with.</summary>
    [Parameter("GitHub token GoReleaser publishes the release with (passed as GITHUB_TOKEN)"), Secret]
    string? GitHubToken => this.GetParameter(() => GitHubToken);

    /// <summary>What publishing needs where the release job runs (token, registry logins, Buildx, QEMU, secrets).</summary>
    IEnumerable<Capability> ReleaseCapabilities => [new CiGeneration.Capabilities.PublishesRelease(CiGeneration.Capabilities.ScmKind.GitHub)];

    /// <summary>Publishes the release for the current tag.</summary>
    Target Release => _ => _
        .Description("goreleaser release --clean for the current tag (publishes archives, checksums and images)")
        .Requires(() => Context.Host.Tag != null,
            $"a tag build (current ref: {Context.Host.Ref ?? Context.Host.Branch ?? Context.Host.Commit ?? "unknown"}); Release publishes only from a tag such as v1.2.3")
        .Requires(() => GitHubToken)
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
                    Environment = new Dictionary<string, string?>(StringComparer.Ordinal) { ["GITHUB_TOKEN"] = GitHubToken },
                },
                cancellationToken);
        });
}
