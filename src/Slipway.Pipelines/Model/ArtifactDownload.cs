namespace Slipway.Pipelines.Model;

/// <summary>
/// An artifact a job needs from an earlier job. It is restored at the paths it was uploaded from, relative to the
/// workspace (the only placement both GitHub Actions and GitLab CI can express the same way).
/// </summary>
/// <param name="Name">The <see cref="ArtifactUpload.Name"/> of the artifact.</param>
/// <param name="FromJob">Id of the producing job; it must be in the consumer's <see cref="PipelineJob.Needs"/>.</param>
public sealed record ArtifactDownload(string Name, string FromJob);
