namespace Slipway.Components.Tests.CiGeneration;

/// <summary>
/// A Go project's validation as real ones have it: cheap checks (lint, vet) and a long test run, all on a shared
/// restore, a snapshot build handed to a Docker dry run, and a gate over them. The builds that partition and plan it
/// add their own attributes.
/// </summary>
internal interface IValidationShape : IBuild
{
    Target Restore => _ => _.Executes(() => { });

    Target Lint => _ => _.DependsOn(Restore).Executes(() => { });

    Target Vet => _ => _.DependsOn(Restore).Executes(() => { });

    Target Test => _ => _.DependsOn(Restore).Executes(() => { });

    Target SnapshotBuild => _ => _.Produces("dist/").Executes(() => { });

    Target DockerDryRun => _ => _.Consumes(SnapshotBuild, "dist/").Executes(() => { });

    Target Validate => _ => _.DependsOn(Lint, Vet, Test, DockerDryRun);
}
