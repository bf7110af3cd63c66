using Slipway.Clients.GoReleaser;
using Slipway.Components.Tools;
using Slipway.Tooling;

namespace Slipway.Components.Release;

/// <summary>Runs GoReleaser for <see cref="ISnapshotBuild.SnapshotBuild"/> and checks what it wrote.</summary>
internal static class SnapshotRunner
{
    /// <summary>The exact invocation for this run.</summary>
    public static GoReleaserInvocation Invocation(ISnapshotBuild build) =>
        build.IsSingleTargetSnapshot
            ? GoReleaserCommand.BuildSingleTarget(snapshotVersion: build.SnapshotVersion, config: build.GoReleaserConfig)
            : GoReleaserCommand.ReleaseSnapshot(build.SnapshotVersion, build.GoReleaserConfig);

    public static async Task RunAsync(ISnapshotBuild build, CancellationToken cancellationToken)
    {
        var log = build.Context.Log;
        var invocation = Invocation(build);
        var version = build.SnapshotVersion;
        log.Information("Snapshot {Mode}, version {Version}", build.IsSingleTargetSnapshot ? "for the host platform only" : "for every platform",
            version ?? "from GoReleaser's default template (commit unknown)");
        await build.Context.Processes.RunAsync(
            new ProcessSpec(build.RequireTool(KnownTools.GoReleaser), invocation.Arguments)
            {
                WorkingDirectory = build.GoDirectory,
                Environment = invocation.Environment.ToDictionary(e => e.Key, e => (string?)e.Value, StringComparer.Ordinal),
            },
            cancellationToken);

        var dist = DistDirectory.Load(build.DistPath);
        if (version is not null && !string.Equals(dist.Metadata.Version, version, StringComparison.Ordinal))
        {
            throw new InvalidOperationException(
                $"{MetadataFile.FileName} says version {dist.Metadata.Version}, but the snapshot was built as {version}: make snapshot.version_template in the GoReleaser configuration read "
                + $"{GoReleaserCommand.SnapshotVersionVariable}, e.g. '{{{{ envOrDefault \"{GoReleaserCommand.SnapshotVersionVariable}\" .Version }}}}'.");
        }

        foreach (var line in ArtifactTable.Render(dist))
        {
            log.Information("{Line}", line);
        }

        if (dist.Checksums is null)
        {
            log.Information("No checksums file (a single-target build makes none): checksums not verified");
            return;
        }

        var mismatches = dist.VerifyChecksums();
        if (mismatches.Count > 0)
        {
            throw new InvalidOperationException(
                $"{mismatches.Count} file(s) in {build.DistPath} do not match {dist.ChecksumsFileName}:\n  {string.Join("\n  ", mismatches)}\nRebuild with `goreleaser release --snapshot --clean`; a dist/ changed after the build cannot be trusted.");
        }

        log.Information("All {Count} checksums in {File} match", dist.Checksums.Entries.Count, dist.ChecksumsFileName);
    }
}
