using Slipway.Pipelines.Environment;

namespace Slipway.Pipelines.Model;

/// <summary>
/// One CI job. A normal job checks out the repository, prepares its <see cref="Setup"/>, restores its
/// <see cref="Downloads"/>, runs <see cref="Steps"/> then <see cref="Command"/>, and hands on its
/// <see cref="Uploads"/>. A <see cref="Gate"/> job runs nothing and succeeds exactly when every job it needs succeeded.
/// </summary>
/// <param name="Id">Job id: starts with a letter or <c>_</c>, then letters, digits, <c>_</c> or <c>-</c>.</param>
/// <param name="DisplayName">Human-readable name (GitHub <c>name:</c>).</param>
/// <param name="Command">Shell command, usually the build invocation <c>./build.sh Lint Test --skip</c>; empty for gates.</param>
public sealed record PipelineJob(string Id, string DisplayName, string Command)
{
    /// <summary>The build targets <see cref="Command"/> runs, in order: typed, so planners never parse the command.</summary>
    public IReadOnlyList<string> Targets { get; init; } = [];

    /// <summary>
    /// What the job needs from where it runs (tools, a Docker daemon, registry logins, variables, permissions). The
    /// writer's environment model checks them against the runner or image, set-up, services and variables, and
    /// refuses to write a job whose needs are not met.
    /// </summary>
    public IReadOnlyList<JobNeed> Requires { get; init; } = [];

    /// <summary>The job builds the image other jobs run in (a CI image); waste on a system whose jobs run on runners.</summary>
    public bool BuildsJobImage { get; init; }

    /// <summary>Ids of the jobs that must finish first (at most 50).</summary>
    public IReadOnlyList<string> Needs { get; init; } = [];

    /// <summary>Whether this is a gate job (fan-in of an aggregate target); it must have needs and no command.</summary>
    public bool Gate { get; init; }

    /// <summary>Which refs the job runs for.</summary>
    public RefFilter OnlyOn { get; init; } = RefFilter.Any;

    /// <summary>
    /// GitLab only: the job runs only in pipelines these triggers start, within those the workflow admits; null runs it
    /// in every one. GitHub gives each workflow one set of triggers, so the GitHub writer rejects jobs that set this.
    /// </summary>
    public PipelineTriggers? RunsFor { get; init; }

    /// <summary>
    /// GitLab only (<c>rules: changes</c>): run the job only when these paths (globs) changed. GitHub filters paths at
    /// the workflow trigger (<see cref="PushTrigger.Paths"/>), so the GitHub writer rejects jobs that set this.
    /// </summary>
    public IReadOnlyList<string> ChangedPaths { get; init; } = [];

    /// <summary>Setup the command needs; nothing else is installed in the job.</summary>
    public IReadOnlyList<SetupRequirement> Setup { get; init; } = [];

    /// <summary>Extra shell steps run before <see cref="Command"/>.</summary>
    public IReadOnlyList<RunStep> Steps { get; init; } = [];

    /// <summary>GitLab caches (at most 4); see <see cref="PipelineCache"/>.</summary>
    public IReadOnlyList<PipelineCache> Caches { get; init; } = [];

    /// <summary>Artifacts the job produces.</summary>
    public IReadOnlyList<ArtifactUpload> Uploads { get; init; } = [];

    /// <summary>
    /// GitLab only: a file the job writes as a <c>dotenv</c> report (<c>artifacts: reports: dotenv</c>), e.g. Slipway's
    /// <c>.nuke/temp/timings.env</c>; its variables reach later jobs and the pipeline's UI. Ignored on GitHub, which
    /// shows a job summary instead. Null declares none.
    /// </summary>
    public string? DotenvReport { get; init; }

    /// <summary>Artifacts the job consumes; each producer must be among <see cref="Needs"/>.</summary>
    public IReadOnlyList<ArtifactDownload> Downloads { get; init; } = [];

    /// <summary>GitHub token permissions this job needs beyond the workflow defaults (merged over them).</summary>
    public IReadOnlyDictionary<string, AccessLevel> Permissions { get; init; } = new Dictionary<string, AccessLevel>(StringComparer.Ordinal);

    /// <summary>Job timeout in minutes.</summary>
    public int TimeoutMinutes { get; init; } = 30;

    /// <summary>Literal environment variables of the job.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>
    /// Environment variables filled from secrets: variable name to secret name (GitHub <c>${{ secrets.NAME }}</c>,
    /// GitLab the CI variable <c>$NAME</c>).
    /// </summary>
    public IReadOnlyDictionary<string, string> Secrets { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>GitLab: a newer pipeline may cancel this job (validation jobs yes, release jobs no).</summary>
    public bool Interruptible { get; init; }

    /// <summary>
    /// Jobs sharing a group never run at the same time, across pipelines (GitHub job <c>concurrency</c> without
    /// cancelling, GitLab <c>resource_group</c>); e.g. the one job that pushes a cache or an image tag.
    /// </summary>
    public string? SerializationGroup { get; init; }

    /// <summary>GitHub runner label.</summary>
    public string Runner { get; init; } = "ubuntu-latest";

    /// <summary>GitLab image of this job; <c>null</c> uses <see cref="GitLabOptions.DefaultImage"/>.</summary>
    public string? Image { get; init; }

    /// <summary>
    /// The command talks to a Docker daemon. GitHub runners have one; on GitLab the writer adds a Docker-in-Docker
    /// service and the <c>DOCKER_HOST</c>/TLS variables.
    /// </summary>
    public bool NeedsDockerDaemon { get; init; }
}
