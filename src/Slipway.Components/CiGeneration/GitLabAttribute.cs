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

    /// <summary>
    /// Cron expressions of scheduled pipelines. GitLab keeps schedules in the project's CI/CD settings, so create them
    /// there; the file admits scheduled pipelines and lists these only here. GitLab has no branch-deletion event: work
    /// that follows deleted branches runs on a schedule.
    /// </summary>
    public string[] OnSchedule { get; set; } = [];

    /// <summary>
    /// This group's jobs run only in the pipelines its own triggers start (merge requests, pushes of its branches or
    /// tags, schedules, web), not in every pipeline of the file; a job another group makes too runs in all pipelines.
    /// </summary>
    public bool OnlyOwnTriggers { get; set; }

    /// <summary>Image of this group's jobs; null uses <c>IGenerateCi.GitLabImage</c> (by default the CI image).</summary>
    public string? Image { get; set; }

    /// <summary>
    /// What <see cref="Image"/> (or the default image, when this group uses it) provides, for images the shipped facts do
    /// not describe: tool names such as <c>bash</c>, <c>dotnet-runtime</c>, <c>go</c>, <c>docker</c>. Generation checks
    /// every job against its image's facts and refuses an image it knows nothing about.
    /// </summary>
    public string[] ImageProvides { get; set; } = [];

    /// <summary>Pipeline variables as <c>KEY=VALUE</c> entries.</summary>
    public string[] Variables { get; set; } = [];

    /// <summary>
    /// Target that makes sure the content-tagged CI image exists (e.g. <c>BuildCiImage</c>). It runs in the first job of
    /// every pipeline, next to compiling the build program, with a Docker-in-Docker service: one registry HEAD request
    /// when the image exists, a build and push when it is missing (first pipeline, deleted tag, changed Dockerfile.ci).
    /// </summary>
    public string? CiImageTarget { get; set; }

    /// <summary>
    /// Repository of the CI image that pipelines of protected refs push and use. Every other pipeline (merge requests,
    /// forks, unprotected branches) uses the same name with <c>-unprotected</c> appended.
    /// </summary>
    public string CiImageRepository { get; set; } = "$CI_REGISTRY_IMAGE/ci";

    /// <summary><c>timeout</c> of every job in minutes (1-360).</summary>
    public int TimeoutMinutes { get; set; } = 30;

    /// <summary><c>artifacts: expire_in</c> in days: 1 for CI, 7 for release pipelines.</summary>
    public int ArtifactExpireDays { get; set; } = 1;
}
