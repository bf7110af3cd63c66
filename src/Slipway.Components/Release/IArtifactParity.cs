namespace Slipway.Components.Release;

/// <summary>
/// <c>CheckArtifactParity</c>: compares the snapshot's dist/ with the release contract (the committed
/// <c>release-contract.json</c> when there is one, else the contract derived from the GoReleaser configuration) and, given
/// <c>--parity-reference &lt;dir&gt;</c>, with the dist/ of an earlier build of the same commit (which must have identical
/// checksums). With <c>--prove-reproducibility</c> it also rebuilds the commit in a fresh clone at another path and
/// requires identical artifacts. Reports every difference; fails on any. Skipped for single-target snapshots, which cover one platform only.
/// </summary>
public interface IArtifactParity : ISnapshotBuild, IReleaseContract
{
    /// <summary>A dist/ directory from an earlier build of the same commit, compared artifact by artifact.</summary>
    [Parameter("dist/ directory of an earlier build of the same commit; every artifact must have the same checksum")]
    string? ParityReference => this.GetParameter(() => ParityReference);

    /// <summary>Opt-in reproducibility proof: rebuild the same commit in a fresh clone and require identical artifacts.</summary>
    [Parameter("Rebuild the snapshot of the same commit in a fresh clone (another path) and require every artifact to be identical: a reproducibility proof")]
    bool? ProveReproducibility => this.GetParameter(() => ProveReproducibility);

    /// <summary>Checks dist/ against the release contract and the parity reference.</summary>
    Target CheckArtifactParity => _ => _
        .Description("dist/ against the release contract (release-contract.json, else derived from the GoReleaser configuration) and --parity-reference <dist>")
        .Consumes(SnapshotBuild, GoPath("dist/"))
        .OnlyWhenStatic(() => !IsSingleTargetSnapshot, "the snapshot is a full build (a single-target snapshot has one platform only)")
        // Never cached: it reads --parity-reference, a directory outside the root that no input glob can cover, and hashing is its whole cost.
        .Executes(cancellationToken => ParityCheck.RunAsync(this, cancellationToken));
}
