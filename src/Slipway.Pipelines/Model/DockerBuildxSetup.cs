namespace Slipway.Pipelines.Model;

/// <summary>A Docker Buildx builder (GitHub setup-buildx-action; GitLab <c>docker buildx create --use</c>).</summary>
public sealed record DockerBuildxSetup : SetupRequirement
{
    internal override int Order => 5;
}
