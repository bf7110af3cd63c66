namespace Slipway.Pipelines.Model;

/// <summary>
/// A value a workflow is started with, by hand (<c>workflow_dispatch</c>) or by a calling workflow
/// (<c>workflow_call</c>). Jobs read it as <c>${{ inputs.&lt;Name&gt; }}</c>, usually mapped to a build parameter.
/// </summary>
/// <param name="Name">Input id: letters, digits, <c>_</c> and <c>-</c>, starting with a letter or <c>_</c>.</param>
/// <param name="Description">Shown in the form and in the caller's editor.</param>
public sealed record WorkflowInput(string Name, string Description)
{
    /// <summary>Whether the caller must give it.</summary>
    public bool Required { get; init; }

    /// <summary>Value when not given, or null for none.</summary>
    public string? Default { get; init; }

    /// <summary>Its type.</summary>
    public WorkflowInputType Type { get; init; } = WorkflowInputType.String;

    /// <summary>The choices of a <see cref="WorkflowInputType.Choice"/> input.</summary>
    public IReadOnlyList<string> Options { get; init; } = [];
}
