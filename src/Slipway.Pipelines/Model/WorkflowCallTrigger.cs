namespace Slipway.Pipelines.Model;

/// <summary>
/// The workflow can be called by another workflow (GitHub <c>workflow_call</c>), for example by release-please's
/// workflow, whose tags (pushed with the workflow token) start no workflow themselves.
/// </summary>
public sealed record WorkflowCallTrigger
{
    /// <summary>Inputs the caller passes.</summary>
    public IReadOnlyList<WorkflowInput> Inputs { get; init; } = [];

    /// <summary>Secrets the caller must pass (<c>secrets: inherit</c> passes them all), by name.</summary>
    public IReadOnlyList<string> Secrets { get; init; } = [];
}
