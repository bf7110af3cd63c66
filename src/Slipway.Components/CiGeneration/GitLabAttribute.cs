namespace Slipway.Components.CiGeneration;

/// <summary>
/// Contributes a group of jobs to the one <c>.gitlab-ci.yml</c>. Several attributes may exist: their triggers are
/// united into the file's <c>workflow: rules</c>, their jobs share one <c>needs</c> DAG (a job two groups produce
/// identically is written once), and a group whose only trigger is a tag push runs its jobs in tag pipelines only.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = true)]
public sealed class GitLabAttribute : Attribute
{
    /// <summary>The CI image used when neither <see cref="Image"/> nor the build overrides <c>IGenerateCi.GitLabImage</c>.</summary>
    public const string DefaultImage = "$CI_REGISTRY_IMAGE/ci:latest";

    /// <summary>Targets this group runs. An aggregate without actions fans out into its dependencies plus a gate job.</summary>
    public string[] InvokedTargets { get; set; } = [];

    /// <summary>Targets that get a job of their own even when they are only dependencies.</summary>
    public string[] OwnJobTargets { get; set; } = [];

    /// <summary>Whether merge-request pipelines run.</summary>
    public bool OnMergeRequests { get; set; }

    /// <summary>Branch globs whose pushes run a pipeline (e.g. the default branch, <c>main</c>).</summary>
    public string[] OnPushBranches { get; set; } = [];

    /// <summary>Tag globs whose pushes run a pipeline, e.g. <c>v*</c>.</summary>
    public string[] OnPushTags { get; set; } = [];

    /// <summary>Whether pipelines started from the web UI run.</summary>
    public bool OnWeb { get; set; }

    /// <summary>Image of this group's jobs; null uses <c>IGenerateCi.GitLabImage</c> (by default <see cref="DefaultImage"/>).</summary>
    public string? Image { get; set; }

    /// <summary>Pipeline variables as <c>KEY=VALUE</c> entries.</summary>
    public string[] Variables { get; set; } = [];

    /// <summary>
    /// Target that builds and pushes the CI image (e.g. <c>BuildCiImage</c>); it gets a <c>build-ci-image</c>-style job
    /// that runs only when <see cref="CiImageChanges"/> changed, in the .NET SDK image with a Docker-in-Docker service.
    /// </summary>
    public string? CiImageTarget { get; set; }

    /// <summary>Files whose changes rebuild the CI image.</summary>
    public string[] CiImageChanges { get; set; } = ["Dockerfile.ci", ".mise/config.toml"];

    /// <summary><c>timeout</c> of every job in minutes (1-360).</summary>
    public int TimeoutMinutes { get; set; } = 30;

    /// <summary><c>artifacts: expire_in</c> in days: 1 for CI, 7 for release pipelines.</summary>
    public int ArtifactExpireDays { get; set; } = 1;
}
