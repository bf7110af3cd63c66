using Slipway.Graph;

namespace Slipway.Planning;

/// <summary>
/// Turns invoked target names into an <see cref="ExecutionPlan"/>: closure over dependencies and triggers, cycle
/// detection that names the cycle, a deterministic order, <c>--skip</c> and static conditions.
/// An invoked target is never skipped by <c>--skip</c> (the rule whose regression broke NUKE 8.1's pipelines).
/// </summary>
public static class Planner
{
    /// <summary>Plans <paramref name="request"/> on <paramref name="graph"/>; <paramref name="defaultTarget"/> is used when none is named.</summary>
    public static ExecutionPlan Plan(TargetGraph graph, PlanRequest request, TargetNode? defaultTarget = null)
    {
        var invoked = request.Invoked.Select(name => Resolve(graph, name, "target")).Distinct().ToList();
        if (invoked.Count == 0)
        {
            invoked.Add(defaultTarget ?? throw new BuildConfigurationException(
                "No target was given and the build has no default target. Name one (see --help), or pass a default to SlipwayBuild.Execute."));
        }

        var skipNames = request.Skip?.Select(name => Resolve(graph, name, "target in --skip")).ToHashSet();
        var nodes = Closure(invoked);
        var planned = nodes.ToDictionary(n => n, n => new PlannedTarget(n, invoked.Contains(n)));
        foreach (var (node, target) in planned)
        {
            var triggeredBy = nodes.Where(n => n.Triggers.Contains(node));
            var predecessors = node.Dependencies.Concat(node.OrderedAfter.Where(planned.ContainsKey)).Concat(triggeredBy).Distinct();
            target.Predecessors = [.. predecessors.Select(p => planned[p])];
            target.Dependencies = [.. node.Dependencies.Select(p => planned[p])];
        }

        var ordered = Order(planned.Values);
        ApplySkips(ordered, skipNames, request.Skip is { Count: 0 });
        AssignWaves(ordered);
        return new ExecutionPlan(ordered);
    }

    private static TargetNode Resolve(TargetGraph graph, string name, string what) =>
        graph.Find(name) ?? throw new BuildConfigurationException(
            $"Unknown {what} '{name}'." + NameSuggestions.For(name, graph.Nodes.Select(n => n.Name)) + " Run with --help to list targets.");

    private static List<TargetNode> Closure(IEnumerable<TargetNode> roots)
    {
        var seen = new HashSet<TargetNode>();
        var pending = new Stack<TargetNode>(roots);
        while (pending.TryPop(out var node))
        {
            if (seen.Add(node))
            {
                foreach (var next in node.Dependencies.Concat(node.Triggers))
                {
                    pending.Push(next);
                }
            }
        }

        return [.. seen.OrderBy(n => n.Name, StringComparer.Ordinal)];
    }

    private static List<PlannedTarget> Order(IEnumerable<PlannedTarget> targets)
    {
        var all = targets.OrderBy(t => t.Name, StringComparer.Ordinal).ToList();
        ThrowOnCycle(all);
        var remaining = all.ToDictionary(t => t, t => t.Predecessors.Count);
        var ready = new SortedSet<PlannedTarget>(all.Where(t => remaining[t] == 0), Comparer<PlannedTarget>.Create((a, b) => string.CompareOrdinal(a.Name, b.Name)));
        var order = new List<PlannedTarget>(all.Count);
        while (ready.Min is { } next)
        {
            ready.Remove(next);
            order.Add(next);
            foreach (var successor in all.Where(t => t.Predecessors.Contains(next)))
            {
                if (--remaining[successor] == 0)
                {
                    ready.Add(successor);
                }
            }
        }

        return order;
    }

    private static void ThrowOnCycle(List<PlannedTarget> targets)
    {
        var state = new Dictionary<PlannedTarget, bool>(); // false: on the current path; true: done.
        var path = new List<PlannedTarget>();

        void Visit(PlannedTarget target)
        {
            if (state.TryGetValue(target, out var done))
            {
                if (!done)
                {
                    var cycle = path.Skip(path.IndexOf(target)).Append(target).ToList(); // Each target waits for the next.
                    var relations = cycle.Zip(cycle.Skip(1), (waiter, predecessor) => Relation(waiter.Node, predecessor.Node));
                    throw new BuildConfigurationException(
                        $"The targets form a cycle: {string.Join(" -> ", cycle.Select(t => t.Name))} ({string.Join(", ", relations)}). Remove one of these relations.");
                }

                return;
            }

            state[target] = false;
            path.Add(target);
            foreach (var predecessor in target.Predecessors.OrderBy(p => p.Name, StringComparer.Ordinal))
            {
                Visit(predecessor);
            }

            path.RemoveAt(path.Count - 1);
            state[target] = true;
        }

        targets.ForEach(Visit);
    }

    // The first declaration that makes waiter wait for predecessor; every edge of a plan comes from one.
    private static TargetRelation Relation(TargetNode waiter, TargetNode predecessor) =>
        waiter.Relations.First(r => r.Predecessor == predecessor);

    private static void ApplySkips(List<PlannedTarget> ordered, HashSet<TargetNode>? skipNames, bool skipAllNotInvoked)
    {
        foreach (var target in ordered.Where(t => !t.IsInvoked && (skipAllNotInvoked || skipNames?.Contains(t.Node) == true)))
        {
            target.SkipReason = "skipped by --skip";
        }

        var cascading = new HashSet<PlannedTarget>();
        foreach (var target in ordered.Where(t => t.SkipReason is null))
        {
            var failed = target.Node.Definition.StaticConditions.FirstOrDefault(c => !c.Evaluate());
            if (failed is not null)
            {
                target.SkipReason = $"condition false: {failed.Text}";
                if (target.Node.Definition.SkippedDependencyBehavior == DependencyBehavior.Skip)
                {
                    cascading.Add(target);
                }
            }
        }

        // WhenSkipped(Skip): a dependency goes too when every planned target that needs it is skipped.
        for (var i = ordered.Count - 1; i >= 0 && cascading.Count > 0; i--)
        {
            var target = ordered[i];
            var dependents = ordered.Where(t => t.Dependencies.Contains(target)).ToList();
            if (target.SkipReason is null && !target.IsInvoked && dependents.Count > 0
                && dependents.All(d => d.SkipReason is not null) && dependents.Any(cascading.Contains))
            {
                target.SkipReason = $"only needed by skipped {string.Join(", ", dependents.Where(cascading.Contains).Select(d => d.Name))}";
                cascading.Add(target);
            }
        }
    }

    private static void AssignWaves(List<PlannedTarget> ordered)
    {
        var level = new Dictionary<PlannedTarget, int>();
        foreach (var target in ordered)
        {
            level[target] = target.Predecessors.Select(p => level[p] + (p.SkipReason is null ? 1 : 0)).DefaultIfEmpty(0).Max();
            target.Wave = level[target];
        }
    }
}
