using System.Reflection;
using Slipway.Definition;

namespace Slipway.Graph;

/// <summary>
/// Every target of a build, discovered once by reflection: <see cref="Target"/> properties of the build class and
/// default members of the interfaces it implements. Relations are resolved here, so later stages see nodes only.
/// </summary>
public sealed class TargetGraph
{
    private readonly Dictionary<string, TargetNode> _byName;
    private readonly Dictionary<MethodInfo, TargetNode> _byMethod;

    private TargetGraph(IReadOnlyList<TargetNode> nodes, Dictionary<MethodInfo, TargetNode> byMethod)
    {
        Nodes = nodes;
        _byMethod = byMethod;
        _byName = nodes.ToDictionary(n => n.Name, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>All targets, sorted by name.</summary>
    public IReadOnlyList<TargetNode> Nodes { get; }

    /// <summary>Finds a target by name, ignoring case; null when there is none.</summary>
    public TargetNode? Find(string name) => _byName.GetValueOrDefault(name);

    /// <summary>Finds the node a delegate denotes.</summary>
    public TargetNode Find(Target target) =>
        _byMethod.TryGetValue(target.Method, out var node)
            ? node
            : throw new BuildConfigurationException($"A target refers to '{target.Method.Name}', which is not a Target property of the build or of an interface it implements.");

    /// <summary>Discovers the targets of <paramref name="build"/>.</summary>
    public static TargetGraph Discover(object build)
    {
        var found = new List<(string Name, Type Declaring, Target Target)>();
        const BindingFlags flags = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;
        for (var type = build.GetType(); type is not null && type != typeof(object); type = type.BaseType)
        {
            found.AddRange(type.GetProperties(flags | BindingFlags.DeclaredOnly)
                .Where(p => p.PropertyType == typeof(Target) && p.GetIndexParameters().Length == 0 && !p.Name.Contains('.', StringComparison.Ordinal))
                .Select(p => (p.Name, type, (Target)p.GetValue(build)!)));
        }

        foreach (var face in build.GetType().GetInterfaces().OrderBy(i => i.FullName, StringComparer.Ordinal))
        {
            found.AddRange(face.GetProperties()
                .Where(p => p.PropertyType == typeof(Target))
                .Select(p => (p.Name, face, (Target)p.GetValue(build)!)));
        }

        var byMethod = new Dictionary<MethodInfo, TargetNode>();
        var byName = new Dictionary<string, TargetNode>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, declaring, target) in found)
        {
            if (byMethod.ContainsKey(target.Method))
            {
                continue; // The same property reached through a derived class or a re-declaring interface.
            }

            if (byName.TryGetValue(name, out var clash))
            {
                throw new BuildConfigurationException(
                    $"Two targets are named '{name}': one in {clash.DeclaringType.Name}, one in {declaring.Name}. Rename one of them; target names must be unique, ignoring case.");
            }

            var definition = new TargetDefinition(build);
            target(definition);
            var node = new TargetNode(name, declaring, definition);
            byMethod[target.Method] = node;
            byName[name] = node;
        }

        var graph = new TargetGraph([.. byName.Values.OrderBy(n => n.Name, StringComparer.Ordinal)], byMethod);
        graph.Resolve(build);
        return graph;
    }

    private void Resolve(object build)
    {
        var relations = Nodes.ToDictionary(n => n, _ => new List<TargetRelation>());
        var triggers = Nodes.ToDictionary(n => n, _ => new List<TargetNode>());
        TargetNode Get(TargetReference reference) => Find(reference.Resolve(build)!);
        IEnumerable<TargetNode> GetAll(IEnumerable<TargetReference> references) =>
            references.Select(r => r.Resolve(build)).OfType<Target>().Select(Find);
        void Waits(TargetNode waiter, RelationKind kind, TargetNode predecessor)
        {
            relations[waiter].Add(new TargetRelation(waiter, kind, predecessor));
            if (kind is RelationKind.Triggers or RelationKind.TriggeredBy)
            {
                triggers[predecessor].Add(waiter); // A trigger adds its successor to the plan.
            }
        }

        foreach (var node in Nodes)
        {
            var d = node.Definition;
            GetAll(d.DependsOn).ToList().ForEach(p => Waits(node, RelationKind.DependsOn, p)); // TryDependsOn on a component the build lacks resolves to nothing
            d.Consumes.Select(c => Get(c.Producer)).ToList().ForEach(p => Waits(node, RelationKind.Consumes, p));
            d.DependentFor.Select(Get).ToList().ForEach(w => Waits(w, RelationKind.DependentFor, node));
            GetAll(d.After).ToList().ForEach(p => Waits(node, RelationKind.After, p));
            d.Before.Select(Get).ToList().ForEach(w => Waits(w, RelationKind.Before, node));
            d.Triggers.Select(Get).ToList().ForEach(w => Waits(w, RelationKind.Triggers, node));
            d.TriggeredBy.Select(Get).ToList().ForEach(p => Waits(node, RelationKind.TriggeredBy, p));
            node.Consumes = [.. d.Consumes.Select(c => (Get(c.Producer), (IReadOnlyList<string>)c.Paths))];
        }

        foreach (var node in Nodes)
        {
            node.Relations = relations[node];
            IReadOnlyList<TargetNode> Of(params RelationKind[] kinds) => [.. relations[node].Where(r => kinds.Contains(r.Kind)).Select(r => r.Predecessor).Distinct()];
            node.Dependencies = Of(RelationKind.DependsOn, RelationKind.Consumes, RelationKind.DependentFor);
            node.OrderedAfter = Of(RelationKind.After, RelationKind.Before);
            node.Triggers = [.. triggers[node].Distinct()];
        }
    }
}
