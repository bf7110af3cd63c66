namespace Slipway.Graph;

/// <summary>The declaration that makes one target wait for another, named as the target definition API spells it.</summary>
public enum RelationKind
{
    /// <summary>The waiting target declared <c>DependsOn</c> the other.</summary>
    DependsOn,

    /// <summary>The other target declared <c>DependentFor</c> the waiting one.</summary>
    DependentFor,

    /// <summary>The waiting target declared <c>Consumes</c> the other's artifacts.</summary>
    Consumes,

    /// <summary>The waiting target declared <c>After</c> the other.</summary>
    After,

    /// <summary>The other target declared <c>Before</c> the waiting one.</summary>
    Before,

    /// <summary>The other target declared <c>Triggers</c> the waiting one.</summary>
    Triggers,

    /// <summary>The waiting target declared <c>TriggeredBy</c> the other.</summary>
    TriggeredBy,
}
