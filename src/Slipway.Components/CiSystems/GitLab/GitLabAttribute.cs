namespace Slipway.Components.CiSystems.GitLab;

/// <summary>
/// Contributes a group of jobs to the one <c>.gitlab-ci.yml</c>. Several attributes may exist: their triggers are
/// united into the file's <c>workflow: rules</c>, their jobs share one <c>needs</c> DAG (a job two groups produce
/// identically is written once), and each group's jobs run only in the pipelines its own triggers select
/// (<c>rules</c>), limited to <see cref="OnlyWhenChanged"/> paths and with a <see cref="ManualFallback"/> when set.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = true)]
public sealed class GitLabAttribute : Attribute
{
    /// <summary>The image of jobs whose group sets no <see cref="Image"/> when the build has no CI image (<see cref="CiImageTarget"/>).</summary>
    public const string DefaultImage = "$CI_REGISTRY_IMAGE/ci:latest";

    /// <summary>The file every group is written to.</summary>
    public const string DefaultFile = ".gitlab-ci.yml";

    /// <summary>
    /// The file the pipeline is written to, relative to the root; null is <see cref="DefaultFile"/>. Another path suits a
    /// repository that keeps its hand-written <c>.gitlab-ci.yml</c> for now: point the project's CI/CD configuration file
    /// setting at the generated one when it takes over. Groups that set it must agree.
    /// </summary>
    public string? File { get; set; }

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
    /// Paths (globs): this group's jobs run only when one of them changed (<c>rules: changes</c>). Other groups' jobs
    /// are not affected. Set <see cref="CompareTo"/> so tag, new-branch and web pipelines compare with something.
    /// </summary>
    public string[] OnlyWhenChanged { get; set; } = [];

    /// <summary>The ref <see cref="OnlyWhenChanged"/> compares with (<c>compare_to</c>), e.g. <c>refs/heads/main</c>.</summary>
    public string? CompareTo { get; set; }

    /// <summary>Where this group's rules do not match, offer its jobs to be started by hand (<c>when: manual</c>) instead of leaving them out.</summary>
    public bool ManualFallback { get; set; }

    /// <summary>
    /// Let measured costs decide which jobs share one (<see cref="CiGeneration.PartitionOptimizer"/>): cheap jobs merge
    /// when that is no slower, heavy ones stay alone. Costs come from the committed baseline (<c>.nuke/baseline.json</c>,
    /// so the output is the same on every machine); without one the structural partition is kept, with a warning.
    /// <c>./build.sh PlanCi --optimize</c> shows what it would choose.
    /// </summary>
    public bool OptimizeJobs { get; set; }

    /// <summary>
    /// With <see cref="OptimizeJobs"/>: how many jobs of one run the runners take at once (a self-hosted pool, a
    /// concurrency limit), so the optimiser weighs queueing; 0 (default): as many as are ready, as hosted runners do.
    /// </summary>
    public int OptimizeForRunners { get; set; }

    /// <summary>Image of this group's jobs; null uses the content-tagged CI image when the build has one, else <see cref="DefaultImage"/>.</summary>
    public string? Image { get; set; }

    /// <summary>
    /// What <see cref="Image"/> (or the default image, when this group uses it) provides, for images the shipped facts do
    /// not describe: tool names such as <c>bash</c>, <c>dotnet-runtime</c>, <c>go</c>, <c>docker</c>. Generation checks
    /// every job against its image's facts and refuses an image it knows nothing about.
    /// </summary>
    public string[] ImageProvides { get; set; } = [];

    /// <summary>
    /// Renamed variables, <c>VARIABLE=CI_VARIABLE</c>: the job variable <c>VARIABLE</c> (a [Secret] parameter's, a release
    /// token) is set from the masked, protected CI/CD variable <c>CI_VARIABLE</c>, e.g. <c>GITLAB_TOKEN=GITLAB_RELEASE_TOKEN</c>.
    /// </summary>
    public string[] SecretNames { get; set; } = [];

    /// <summary>Variables of single jobs, <c>Target:KEY=VALUE</c>: set in the job that runs that target only (e.g. <c>Release:GIT_DEPTH=0</c>).</summary>
    public string[] JobVariables { get; set; } = [];

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
