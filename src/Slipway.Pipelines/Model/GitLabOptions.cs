namespace Slipway.Pipelines.Model;

/// <summary>GitLab CI settings of a pipeline that have no GitHub Actions counterpart.</summary>
public sealed record GitLabOptions
{
    /// <summary>Default image of every job (<c>default: image:</c>); it must provide the tools the jobs run.</summary>
    public string? DefaultImage { get; init; }

    /// <summary>Image of the Docker-in-Docker service added to jobs with <see cref="PipelineJob.NeedsDockerDaemon"/>.</summary>
    public string DockerServiceImage { get; init; } = "docker:28-dind";
}
