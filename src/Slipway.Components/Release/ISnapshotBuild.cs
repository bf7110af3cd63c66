using Slipway.Clients.GoReleaser;
using Slipway.Components.Go;
using Slipway.Components.Tools;

namespace Slipway.Components.Release;

/// <summary>
/// <c>SnapshotBuild</c>: <c>goreleaser release --snapshot --clean</c> for every platform, or the fast path
/// <c>goreleaser build --snapshot --single-target --clean</c> (with <c>--snapshot-single-target</c>, and by default for pull and
/// merge requests on CI). The snapshot version (<c>main-a1b2c3d4</c>, or a tag's own version) goes to GoReleaser in
/// <c>SNAPSHOT_VERSION</c>; a configuration whose snapshot template does not read it stops the build before it starts.
/// <c>--goreleaser-args</c> adds arguments (e.g. <c>--skip=sbom,before</c>). A full snapshot of a configuration with
/// images, where no Docker daemon answers, skips the image steps and says so. Reads dist/ (artifacts.json,
/// metadata.json, checksums), verifies the checksums and prints a table.
/// </summary>
public interface ISnapshotBuild : IGoBuild
{
    /// <summary>Extra GoReleaser arguments for the snapshot, split at spaces (quote the whole: <c>--goreleaser-args="--skip=sbom,before"</c>).</summary>
    [Parameter("Extra arguments for the GoReleaser snapshot, e.g. --goreleaser-args=\"--skip=sbom,before\" (one value; split at spaces)")]
    string? GoReleaserArgs => this.GetParameter(() => GoReleaserArgs);

    /// <summary>Build only the host platform; null decides by the pipeline (single target for pull/merge requests).</summary>
    [Parameter("Build only the host platform (goreleaser build --snapshot --single-target); default: true for pull/merge requests on CI, else false")]
    bool? SnapshotSingleTarget => this.GetParameter(() => SnapshotSingleTarget);

    /// <summary>Whether this run builds the single-target snapshot.</summary>
    bool IsSingleTargetSnapshot => SnapshotSingleTarget ?? Context.Host.IsPullRequest;

    /// <summary>The version passed in <c>SNAPSHOT_VERSION</c>; null (commit unknown) keeps GoReleaser's default template.</summary>
    string? SnapshotVersion => SnapshotVersions.For(Context.Host);

    /// <summary>GoReleaser's output directory.</summary>
    string DistPath => Path.Combine(GoDirectory, "dist");

    /// <summary>Builds the snapshot release into dist/.</summary>
    Target SnapshotBuild => _ => _
        .Description("goreleaser snapshot build into dist/ (--snapshot-single-target for the host only), with an artifact table")
        .Requires(this.Pinned(KnownTools.Go), this.Pinned(KnownTools.GoReleaser))
        .Requires(() => SnapshotVersions.ConfigurationReadsVersion(this))
        .Inputs([GoPath("**/*.go"), GoPath("go.mod"), GoPath("go.sum"), .. Slipway.Clients.GoReleaser.Configuration.GoReleaserConfigFiles.SearchOrder.Select(GoPath),
            .. GoReleaserConfig is { } config ? [GoPath(config)] : Array.Empty<string>()])
        .InputValue("commit", () => Context.Host.Commit) // The version and ldflags come from the commit, which no input file holds.
        .InputValue("snapshot version", () => SnapshotVersions.For(Context.Host))
        .InputVariables("GOFLAGS", "CGO_ENABLED", "GOOS", "GOARCH", GoReleaserCommand.SnapshotVersionVariable, "SNAPSHOT_SINGLE_TARGET",
            "GITHUB_SHA", "GITHUB_REF_NAME", "GITHUB_HEAD_REF", "GITHUB_EVENT_NAME", "CI_COMMIT_SHA", "CI_COMMIT_REF_NAME", "CI_COMMIT_TAG", "CI_PIPELINE_SOURCE",
            "GORELEASER_ARGS", "GORELEASER_CONFIG", "DOCKER_HOST")
        .Outputs(GoPath("dist/**"))
        .Produces(GoPath("dist/"))
        .Executes(cancellationToken => SnapshotRunner.RunAsync(this, cancellationToken));
}
