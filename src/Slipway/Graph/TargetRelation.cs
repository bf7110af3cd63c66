namespace Slipway.Graph;

/// <summary>One reason <paramref name="Waiter"/> waits for <paramref name="Predecessor"/>, as it was declared.</summary>
/// <param name="Waiter">The target that runs second.</param>
/// <param name="Kind">The declaration.</param>
/// <param name="Predecessor">The target that runs first.</param>
public sealed record TargetRelation(TargetNode Waiter, RelationKind Kind, TargetNode Predecessor)
{
    /// <summary>True when the declaration sits on the predecessor (DependentFor, Before, Triggers), not on the waiter.</summary>
    public bool IsDeclaredOnPredecessor => Kind is RelationKind.DependentFor or RelationKind.Before or RelationKind.Triggers;

    /// <summary>The declaration as written in the build: <c>A.DependsOn(B)</c>, <c>B.Before(A)</c>.</summary>
    public override string ToString() =>
        IsDeclaredOnPredecessor ? $"{Predecessor.Name}.{Kind}({Waiter.Name})" : $"{Waiter.Name}.{Kind}({Predecessor.Name})";
}
