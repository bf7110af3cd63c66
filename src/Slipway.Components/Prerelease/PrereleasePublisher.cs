using Slipway.Clients.GoReleaser;
using Slipway.Components.Release;

namespace Slipway.Components.Prerelease;

/// <summary>The work of <see cref="IPublishPrerelease.PublishPrerelease"/>: check everything, then publish once.</summary>
internal static class PrereleasePublisher
{
    public static async Task RunAsync(IPublishPrerelease build, CancellationToken cancellationToken)
    {
        var host = build.Context.Host;
        var log = build.Context.Log;
        var marker = new PrereleaseMarker(host.Branch!, host.Commit!.ToLowerInvariant());
        var tag = SnapshotVersions.ForBranch(marker.Branch, marker.Commit);
        var dist = DistDirectory.Load(build.DistPath);
        var files = PrereleaseFiles.Collect(dist);
        if (!string.Equals(dist.Metadata.Version, tag, StringComparison.Ordinal))
        {
            log.Warning(
                "The archives carry version {Version}, the pre-release is {Tag}: make snapshot.version_template read SNAPSHOT_VERSION so both agree", dist.Metadata.Version, tag);
        }

        var request = new PrereleaseRequest(tag, marker, PrereleaseNotes.Render(marker, host.RunUrl, files), files);
        using var store = PrereleaseStores.Open(build);
        log.Information("Pre-release {Tag} of {Branch} at {Commit} in {Where}: {Count} file(s)", tag, marker.Branch, marker.Commit, store.Where, files.Count);
        await store.CheckRepositoryAsync(cancellationToken);
        var existing = await store.FindAsync(tag, cancellationToken);
        if (existing is not null)
        {
            PrereleaseOwnership.Ensure(existing, request, store.Where);
        }

        var outcome = await store.PublishAsync(request, existing, cancellationToken);
        if (outcome.Unchanged)
        {
            log.Information("{Tag} is already published with all {Count} file(s): nothing changed", tag, outcome.Kept);
            return;
        }

        log.Information(
            "{Tag} {How}: {Uploaded} file(s) uploaded, {Kept} already there{Url}", tag, outcome.Created ? "created" : "updated", outcome.Uploaded, outcome.Kept,
            outcome.Url is null ? "" : " - " + outcome.Url);
    }
}
