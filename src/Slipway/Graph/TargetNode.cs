using Slipway.Definition;

namespace Slipway.Graph;

/// <summary>A discovered target with its relations resolved to other nodes.</summary>
public sealed class TargetNode
{
    internal TargetNode(string name, Type declaringType, TargetDefinition definition)
    {
        Name = name;
        DeclaringType = declaringType;
        Definition = definition;
    }

    /// <summary>The target's name: its property name.</summary>
    public string Name { get; }

    /// <summary>The build class or component interface that declares it.</summary>
    public Type DeclaringType { get; }

    /// <summary>Everything the target declared.</summary>
    public TargetDefinition Definition { get; }

    /// <summary>Targets that must succeed first: DependsOn, reversed DependentFor, and producers it consumes.</summary>
    public IReadOnlyList<TargetNode> Dependencies { get; internal set; } = [];

    /// <summary>Targets this one runs after when both are planned (After, reversed Before).</summary>
    public IReadOnlyList<TargetNode> OrderedAfter { get; internal set; } = [];

    /// <summary>Targets this one adds to the plan (Triggers, reversed TriggeredBy).</summary>
    public IReadOnlyList<TargetNode> Triggers { get; internal set; } = [];

    /// <summary>Every declared reason this target waits for another (dependencies, ordering, triggers), in declaration order.</summary>
    public IReadOnlyList<TargetRelation> Relations { get; internal set; } = [];

    /// <summary>Producers this target consumes, with the paths it reads from each.</summary>
    public IReadOnlyList<(TargetNode Producer, IReadOnlyList<string> Paths)> Consumes { get; internal set; } = [];

    /// <summary>True when the target does nothing itself and only groups its dependencies.</summary>
    public bool IsCollective => Definition.Actions.Count == 0;

    /// <inheritdoc />
    public override string ToString() => Name;
}
