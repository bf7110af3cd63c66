using Slipway.Tool.Detection;

namespace Slipway.Tool.Planning;

/// <summary>One generated workflow (GitHub) or job group (GitLab): when it runs and the targets it invokes.</summary>
/// <param name="System">The CI system.</param>
/// <param name="Name">The workflow's name (GitHub: its file is <c>.github/workflows/&lt;Name&gt;.yml</c>); GitLab: a label.</param>
/// <param name="File">The generated file it is written to, relative to the root.</param>
/// <param name="Triggers">When it runs.</param>
/// <param name="Targets">The targets it invokes.</param>
public sealed record PipelinePlan(CiSystemKind System, string Name, string File, CiTriggers Triggers, IReadOnlyList<TargetRef> Targets)
{
    /// <summary>A release pipeline: never cancelled half-way, artifacts kept a week.</summary>
    public bool Release { get; init; }

    /// <summary>GitHub: the workflow_call/workflow_dispatch input naming the tag to release (release-please calls it with one).</summary>
    public string? TagInput { get; init; }

    /// <summary>GitLab: the target that builds the CI image in the first job of every pipeline.</summary>
    public TargetRef? CiImageTarget { get; init; }
}
