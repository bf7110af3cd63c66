namespace Slipway.Tool.Detection;

/// <summary>What one step of an existing CI job does, as far as adopting Slipway is concerned.</summary>
public enum StepKind
{
    /// <summary>Checkout, toolchain set-up, caches, artifacts, logins: the generated jobs do their own.</summary>
    Setup,

    /// <summary><c>go test</c>: Slipway's Test.</summary>
    Test,

    /// <summary>gofmt, go vet, golangci-lint, <c>goreleaser check</c>: Slipway's Lint.</summary>
    Lint,

    /// <summary><c>go build</c>: compiled by Test (and by SnapshotBuild with GoReleaser).</summary>
    Build,

    /// <summary>A GoReleaser snapshot or build: Slipway's SnapshotBuild.</summary>
    Snapshot,

    /// <summary><c>goreleaser release</c>: Slipway's Release.</summary>
    Release,

    /// <summary>A Docker image built outside GoReleaser (docker build, build-push-action).</summary>
    DockerBuild,

    /// <summary>release-please opening release pull requests and creating tags.</summary>
    ReleasePlease,

    /// <summary>CodeQL code scanning.</summary>
    CodeScanning,

    /// <summary>Anything else (make targets, coverage uploads, notifications...): not reproduced.</summary>
    Other,
}
