namespace Slipway.Components.CiGeneration;

/// <summary>
/// Declares one GitHub Actions workflow, <c>.github/workflows/&lt;name&gt;.yml</c>, compiled from the target graph:
/// each invoked target (or target listed in <see cref="OwnJobTargets"/>) becomes a job running exactly its chain.
/// Put one attribute per workflow on the build class.
/// </summary>
/// <param name="name">Workflow name and file name (letters, digits, <c>. _ -</c>), e.g. <c>ci</c>.</param>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = true)]
public sealed class GitHubActionsAttribute(string name) : Attribute
{
    /// <summary>Workflow name; the file is <c>.github/workflows/&lt;Name&gt;.yml</c>.</summary>
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

    /// <summary>Runner label of every job.</summary>
    public string RunnerImage { get; set; } = "ubuntu-latest";

    /// <summary>Days artifacts are kept: 1 for CI hand-offs, 7 for release runs (1-90).</summary>
    public int ArtifactRetentionDays { get; set; } = 1;
}
