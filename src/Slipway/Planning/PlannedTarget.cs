using Slipway.Graph;

namespace Slipway.Planning;

/// <summary>One target's place in an <see cref="ExecutionPlan"/>.</summary>
public sealed class PlannedTarget
{
    internal PlannedTarget(TargetNode node, bool isInvoked)
    {
        Node = node;
        IsInvoked = isInvoked;
    }

    /// <summary>The target.</summary>
    public TargetNode Node { get; }

    /// <summary>Named on the command line (or the default target).</summary>
    public bool IsInvoked { get; }

    /// <summary>Why the target will not run; null when it will.</summary>
    public string? SkipReason { get; internal set; }

    /// <summary>Planned targets that must finish first: hard dependencies, plus ordering constraints inside the plan.</summary>
    public IReadOnlyList<PlannedTarget> Predecessors { get; internal set; } = [];

    /// <summary>The subset of <see cref="Predecessors"/> that must succeed (DependsOn, Consumes).</summary>
    public IReadOnlyList<PlannedTarget> Dependencies { get; internal set; } = [];

    /// <summary>Which wave of parallel work the target belongs to (0-based), counting only targets that run.</summary>
    public int Wave { get; internal set; }

    /// <summary>The target name.</summary>
    public string Name => Node.Name;

    /// <inheritdoc />
    public override string ToString() => Name;
}
