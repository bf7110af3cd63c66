using Slipway.Components.CiGeneration;
using Slipway.Components.Timing;

namespace Slipway.Components.Tests.Timing;

/// <summary>Cheap checks and a long test on a shared restore, a snapshot build and a Docker dry run, gated; planned by PlanCi.</summary>
[GitHubActions("ci", OnPullRequest = true, InvokedTargets = ["Validate"])]
internal sealed class OptimizableCiBuild : SlipwayBuild, IGenerateCi, IPlanCi, ICaptureBaseline
{
    public Target Restore => _ => _.Executes(() => { });

    public Target Lint => _ => _.DependsOn(Restore).Executes(() => { });

    public Target Vet => _ => _.DependsOn(Restore).Executes(() => { });

    public Target Test => _ => _.DependsOn(Restore).Executes(() => { });

    public Target SnapshotBuild => _ => _.Produces("dist/").Executes(() => { });

    public Target DockerDryRun => _ => _.Consumes(SnapshotBuild, "dist/").Executes(() => { });

    public Target Validate => _ => _.DependsOn(Lint, Vet, Test, DockerDryRun);
}
