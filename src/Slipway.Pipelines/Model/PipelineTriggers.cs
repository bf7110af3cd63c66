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
