using Slipway.Components.CiGeneration;

namespace Slipway.Components.Tests.CiGeneration;

/// <summary>
/// A Go project's validation as real ones have it: cheap checks (lint, vet) and a long test run, all on a shared
/// restore, a snapshot build handed to a Docker dry run, a gate, and a release after the gate.
/// </summary>
[GitHubActions("ci", OnPullRequest = true, InvokedTargets = ["Validate"], OptimizeJobs = true)]
[GitHubActions("structural", OnPullRequest = true, InvokedTargets = ["Validate"])]
[GitHubActions("one-runner", OnPullRequest = true, InvokedTargets = ["Validate"], OptimizeJobs = true, OptimizeForRunners = 1)]
internal sealed class CostShapedBuild : SlipwayBuild, IGenerateCi
{
    public Target Restore => _ => _.Executes(() => { });

    public Target Lint => _ => _.DependsOn(Restore).Executes(() => { });

    public Target Vet => _ => _.DependsOn(Restore).Executes(() => { });

    public Target Test => _ => _.DependsOn(Restore).Executes(() => { });

    public Target SnapshotBuild => _ => _.Produces("dist/").Executes(() => { });

    public Target DockerDryRun => _ => _.Consumes(SnapshotBuild, "dist/").Executes(() => { });

    public Target Validate => _ => _.DependsOn(Lint, Vet, Test, DockerDryRun);

    public Target Release => _ => _.DependsOn(Validate).Executes(() => { });
}
