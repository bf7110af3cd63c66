using Slipway.Pipelines.Environment;

namespace Slipway.Pipelines.Model;

/// <summary>GitLab CI settings of a pipeline that have no GitHub Actions counterpart.</summary>
public sealed record GitLabOptions
{
    /// <summary>Default image of every job (<c>default: image:</c>); it must provide the tools the jobs run.</summary>
    public string? DefaultImage { get; init; }

    /// <summary>Image of the Docker-in-Docker service added to jobs with <see cref="PipelineJob.NeedsDockerDaemon"/>.</summary>
    public string DockerServiceImage { get; init; } = "docker:29-dind";

    /// <summary>
    /// Image of gate jobs, which only echo: a small image (its layers are shared with Alpine-based CI images), never the
    /// CI image; gates also skip the checkout (<c>GIT_STRATEGY: none</c>).
    /// </summary>
    public string GateImage { get; init; } = "alpine:3.23";

    /// <summary>
    /// Facts of images the shipped facts do not know, by reference as jobs write it: the project's CI image, read from
    /// its Dockerfile at generation time.
    /// </summary>
    public IReadOnlyDictionary<string, ImageFacts> Images { get; init; } = new Dictionary<string, ImageFacts>(StringComparer.Ordinal);

    /// <summary>
    /// Pipeline variables whose value differs in pipelines of protected refs (<c>$CI_COMMIT_REF_PROTECTED</c>): each
    /// push, schedule and web rule of <c>workflow: rules</c> gets a protected variant setting these values; every other
    /// pipeline, merge requests included, keeps the values in <see cref="Pipeline.Environment"/>. Used so that only
    /// protected pipelines push the CI image that protected pipelines trust.
    /// </summary>
    public IReadOnlyDictionary<string, string> ProtectedRefVariables { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);
}
