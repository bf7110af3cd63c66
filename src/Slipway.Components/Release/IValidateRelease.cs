using Slipway.Components.Go;

namespace Slipway.Components.Release;

/// <summary>
/// <c>ValidateRelease</c>: everything a release needs short of publishing. Lint, Test and SnapshotBuild start together;
/// DockerDryRun and CheckArtifactParity follow SnapshotBuild (they consume its dist/).
/// </summary>
public interface IValidateRelease : ILint, ITest, IDockerDryRun, IArtifactParity
{
    /// <summary>Runs every release check.</summary>
    Target ValidateRelease => _ => _
        .Description("Lint, Test, SnapshotBuild, then DockerDryRun and CheckArtifactParity: a release without publishing")
        .DependsOn(Lint, Test, SnapshotBuild, DockerDryRun, CheckArtifactParity);
}
