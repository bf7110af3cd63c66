using Slipway.Clients.GoReleaser;
using Slipway.Clients.GoReleaser.Configuration;
using Slipway.Components.Tools;
using Slipway.Tooling;

namespace Slipway.Components.Release;

/// <summary>Runs GoReleaser for <see cref="ISnapshotBuild.SnapshotBuild"/> and checks what it wrote.</summary>
internal static class SnapshotRunner
{
    /// <summary>The exact invocation for this run, with <see cref="ISnapshotBuild.GoReleaserArgs"/> appended.</summary>
    public static GoReleaserInvocation Invocation(ISnapshotBuild build) =>
        (build.IsSingleTargetSnapshot
            ? GoReleaserCommand.BuildSingleTarget(snapshotVersion: build.SnapshotVersion, config: build.GoReleaserConfig)
            : GoReleaserCommand.ReleaseSnapshot(build.SnapshotVersion, build.GoReleaserConfig))
        .WithArguments(ExtraArguments(build));

    /// <summary><see cref="ISnapshotBuild.GoReleaserArgs"/> split at spaces.</summary>
    public static IReadOnlyList<string> ExtraArguments(ISnapshotBuild build) =>
        build.GoReleaserArgs?.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];

    public static async Task RunAsync(ISnapshotBuild build, CancellationToken cancellationToken)
    {
        var log = build.Context.Log;
        var invocation = Invocation(build);
        if (!build.IsSingleTargetSnapshot && await ImageStepsToSkipAsync(build, invocation, cancellationToken) is { Count: > 0 } skip)
        {
            log.Warning("No Docker daemon answers at {Host}: the snapshot skips its image steps (--skip={Skip}); DockerDryRun builds the image where a daemon is",
                build.Context.Environment.GetValueOrDefault("DOCKER_HOST") ?? Slipway.Clients.Docker.DockerEndpoint.DefaultHost, string.Join(',', skip));
            invocation = invocation.WithArguments(["--skip=" + string.Join(',', skip)]);
        }

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

    // dockers, dockers_v2 and kos build images in a snapshot too; without a daemon GoReleaser would fail after the whole build.
    private static async Task<IReadOnlyList<string>> ImageStepsToSkipAsync(ISnapshotBuild build, GoReleaserInvocation invocation, CancellationToken cancellationToken)
    {
        GoReleaserConfig config;
        try
        {
            config = GoReleaserConfigReader.Read(build.GoDirectory, build.GoReleaserConfig);
        }
        catch (GoReleaserConfigException)
        {
            return []; // GoReleaser reports its own configuration's errors.
        }

        var skipped = invocation.Arguments.Where(a => a.StartsWith("--skip", StringComparison.Ordinal)).SelectMany(a => a.Split('=', 2).Skip(1)).SelectMany(v => v.Split(','))
            .ToHashSet(StringComparer.Ordinal);
        var steps = new[] { ("docker", config.Dockers.Count > 0 || config.DockersV2.Any(d => !d.IsDisabled)), ("ko", config.Kos.Any(k => !k.IsDisabled)) }
            .Where(s => s.Item2 && !skipped.Contains(s.Item1)).Select(s => s.Item1).ToList();
        return steps.Count == 0 || await DockerAnswersAsync(build, cancellationToken) ? [] : steps;
    }

    private static async Task<bool> DockerAnswersAsync(ISnapshotBuild build, CancellationToken cancellationToken)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(5));
            using var client = new Slipway.Clients.Docker.DockerClient(Slipway.Clients.Docker.DockerEndpoint.FromEnvironment(name => build.Context.Environment.GetValueOrDefault(name)));
            await client.PingAsync(timeout.Token);
            return true;
        }
        catch (Exception ex) when (ex is Slipway.Clients.Docker.DockerUnreachableException or Slipway.Clients.Docker.DockerApiException or HttpRequestException or ArgumentException
            or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }
}
