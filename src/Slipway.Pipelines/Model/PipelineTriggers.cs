namespace Slipway.Pipelines.Model;

/// <summary>The events that start a pipeline. Every property left empty means that event does not start it.</summary>
public sealed record PipelineTriggers
{
    /// <summary>Pushes of branches or tags; <c>null</c> when pushes do not trigger the pipeline.</summary>
    public PushTrigger? Push { get; init; }

    /// <summary>Pull requests (GitLab: merge requests); <c>null</c> when they do not trigger the pipeline.</summary>
    public PullRequestTrigger? PullRequest { get; init; }

    /// <summary>Whether the pipeline can be started by hand (GitHub <c>workflow_dispatch</c>, GitLab web pipelines).</summary>
    public bool Manual { get; init; }

    /// <summary>Inputs of the form a pipeline started by hand offers (GitHub <c>workflow_dispatch.inputs</c>).</summary>
    public IReadOnlyList<WorkflowInput> ManualInputs { get; init; } = [];

    /// <summary>Calls from other workflows (GitHub only); <c>null</c> when the workflow cannot be called.</summary>
    public WorkflowCallTrigger? Call { get; init; }

    /// <summary>
    /// The input naming the tag to build, when the workflow can be started for a tag it was not pushed for (a caller
    /// passes the tag release-please created): the checkout takes that ref, and the build sees it as the tag.
    /// </summary>
    public string? TagInput { get; init; }

    /// <summary>
    /// Cron expressions (five fields, UTC) of scheduled runs. GitLab keeps schedules in the project settings, so its
    /// writer only admits <c>schedule</c> pipelines in <c>workflow: rules</c>.
    /// </summary>
    public IReadOnlyList<string> Schedules { get; init; } = [];

    /// <summary>
    /// Whether deleting a branch starts the pipeline (GitHub's <c>delete</c> event, which also fires for tags and runs on
    /// the default branch). GitLab has no such event, so its writer ignores it.
    /// </summary>
    public bool BranchDeletion { get; init; }
}
