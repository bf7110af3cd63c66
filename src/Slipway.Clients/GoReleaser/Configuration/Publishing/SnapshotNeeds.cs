namespace Slipway.Clients.GoReleaser.Configuration.Publishing;

/// <summary>
/// What <c>goreleaser release --snapshot</c> needs on a CI job. A snapshot publishes nothing, needs no SCM token and no
/// registry login, but still builds images (<c>dockers</c> with <c>docker build</c>, <c>dockers_v2</c> with buildx, <c>kos</c>
/// into the local daemon), makes SBOMs and signs, unless <c>--skip=docker,ko,sbom,sign</c> says otherwise.
/// </summary>
/// <param name="NeedsDockerDaemon">True when images are built (dockers, dockers_v2, kos) and docker is not skipped.</param>
/// <param name="NeedsBuildx">True for dockers_v2 or <c>use: buildx</c>.</param>
/// <param name="QemuPlatforms">Platforms whose image build runs a Dockerfile RUN under emulation on a linux/amd64 builder.</param>
/// <param name="Tools">Tools the snapshot runs: <c>syft</c> (sboms), the signing commands (<c>cosign</c>, <c>gpg</c>), in that order.</param>
/// <param name="SkipWithoutDocker">The GoReleaser <c>--skip</c> values that leave out every image step (<c>docker</c>, <c>ko</c>), for a job without a daemon.</param>
public sealed record SnapshotNeeds(bool NeedsDockerDaemon, bool NeedsBuildx, IReadOnlyList<string> QemuPlatforms, IReadOnlyList<string> Tools, IReadOnlyList<string> SkipWithoutDocker);
