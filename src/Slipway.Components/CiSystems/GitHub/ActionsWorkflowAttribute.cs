namespace Slipway.Components.CiSystems.GitHub;

/// <summary>
/// A workflow in GitHub Actions syntax, compiled from the target graph: each invoked target (or target listed in
/// <see cref="OwnJobTargets"/>) becomes a job running exactly its chain. GitHub Actions and the systems that read the
/// same syntax (Forgejo Actions) derive their attributes from it; put one attribute per workflow on the build class.
/// </summary>
/// <param name="name">Workflow name and file name (letters, digits, <c>. _ -</c>), e.g. <c>ci</c>.</param>
public abstract class ActionsWorkflowAttribute(string name) : Attribute
{
    /// <summary>Workflow name; the file is <c>&lt;workflow directory&gt;/&lt;Name&gt;.yml</c>.</summary>
    public string Name { get; } = name;

    /// <summary>Targets the workflow runs. An aggregate without actions fans out into its dependencies plus a gate job.</summary>
    public string[] InvokedTargets { get; set; } = [];

    /// <summary>Targets that get a job of their own even when they are only dependencies (otherwise folded into each job that needs them).</summary>
    public string[] OwnJobTargets { get; set; } = [];

    /// <summary>Branch globs whose pushes start the workflow.</summary>
    public string[] OnPushBranches { get; set; } = [];

    /// <summary>Workflow-wide environment variables, <c>KEY=VALUE</c> (for example the CI image name BuildCiImage reads).</summary>
    public string[] Variables { get; set; } = [];

    /// <summary>Tag globs whose pushes start the workflow.</summary>
    public string[] OnPushTags { get; set; } = [];

    /// <summary>Path globs: only pushes changing one of them start the workflow (empty: any change).</summary>
    public string[] OnPushPaths { get; set; } = [];

    /// <summary>Whether pull requests start the workflow (implied by <see cref="OnPullRequestBranches"/>).</summary>
    public bool OnPullRequest { get; set; }

    /// <summary>Target branch globs of pull requests that start the workflow (empty with <see cref="OnPullRequest"/>: any).</summary>
    public string[] OnPullRequestBranches { get; set; } = [];

    /// <summary>Path globs: only pull requests changing one of them start the workflow (empty: any change).</summary>
    public string[] OnPullRequestPaths { get; set; } = [];

    /// <summary>Whether the workflow can be started by hand (<c>workflow_dispatch</c>).</summary>
    public bool OnWorkflowDispatch { get; set; }

    /// <summary>
    /// Whether another workflow can call this one (<c>workflow_call</c>), as release-please's workflow calls the release:
    /// tags it pushes with the workflow token start no workflow. The secrets the jobs map become required secrets of the
    /// call (the caller passes them, or <c>secrets: inherit</c>).
    /// </summary>
    public bool OnWorkflowCall { get; set; }

    /// <summary>
    /// Build parameters (by name) the workflow takes as inputs when started by hand or called: each becomes an input
    /// (kebab-case, typed from the parameter) whose value reaches every job as the parameter's environment variable.
    /// </summary>
    public string[] WorkflowInputs { get; set; } = [];

    /// <summary>
    /// The input naming the tag to build (e.g. <c>tag</c>), for a workflow called or started for a tag it was not pushed
    /// for: jobs check that tag out and the build sees it as the current tag. Needs <see cref="OnWorkflowCall"/> or
    /// <see cref="OnWorkflowDispatch"/>.
    /// </summary>
    public string? TagInput { get; set; }

    /// <summary>
    /// Renamed secrets, <c>VARIABLE=SECRET</c>: the job variable <c>VARIABLE</c> (a [Secret] parameter's or a target's
    /// secret) is filled from the repository secret <c>SECRET</c> instead of the one of its own name.
    /// </summary>
    public string[] SecretNames { get; set; } = [];

    /// <summary>Variables of single jobs, <c>Target:KEY=VALUE</c>: set in the job that runs that target only.</summary>
    public string[] JobVariables { get; set; } = [];

    /// <summary>Cron expressions (five fields, UTC) of scheduled runs.</summary>
    public string[] OnSchedule { get; set; } = [];

    /// <summary>Whether deleting a branch starts the workflow (the <c>delete</c> event; it runs on the default branch, and deleted tags start it too).</summary>
    public bool OnBranchDeletion { get; set; }

    /// <summary>Extra workflow-wide write permissions (e.g. <c>id-token</c>); jobs get what their targets use on top.</summary>
    public string[] WritePermissions { get; set; } = [];

    /// <summary>Extra workflow-wide read permissions beyond <c>contents: read</c>.</summary>
    public string[] ReadPermissions { get; set; } = [];

    /// <summary>One run per workflow and ref (<c>concurrency</c>); false writes no concurrency block.</summary>
    public bool Concurrency { get; set; } = true;

    /// <summary>A newer pull-request run cancels the older one; false never cancels (release workflows).</summary>
    public bool CancelInProgress { get; set; } = true;

    /// <summary><c>timeout-minutes</c> of every job (1-360).</summary>
    public int TimeoutMinutes { get; set; } = 30;

    /// <summary>Runner label of every job; null takes the system's default (GitHub: <c>ubuntu-latest</c>).</summary>
    public string? RunnerImage { get; set; }

    /// <summary>
    /// What <see cref="RunnerImage"/> provides, for a self-hosted runner label the shipped facts do not describe: tool
    /// names such as <c>bash</c>, <c>git</c>, <c>docker</c>, and <c>docker-daemon</c> when jobs can reach a Docker daemon.
    /// Generation checks every job against its runner's facts and refuses a runner it knows nothing about.
    /// </summary>
    public string[] RunnerProvides { get; set; } = [];

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

    /// <summary>Days artifacts are kept: 1 for CI hand-offs, 7 for release runs (1-90).</summary>
    public int ArtifactRetentionDays { get; set; } = 1;
}
