using System.Text;
using Slipway.Graph;

namespace Slipway.Components.CiGeneration;

/// <summary>
/// Splits the target graph into CI jobs. Each entry target (invoked, or listed as its own job) becomes a job running
/// its chain; a dependency is folded into every job that needs it, unless it produces artifacts: then it gets its
/// own job and consumers download its output (built once). An aggregate (no actions), invoked or depended on, fans
/// out: its direct dependencies become entries and a gate job needs them all.
/// </summary>
public static class JobPartitioner
{
    /// <summary>Partitions the graph for <paramref name="invoked"/>; <paramref name="where"/> names the attribute in errors.</summary>
    /// <exception cref="BuildConfigurationException">An unknown target, an aggregate with nothing to fan out, a consumed path nobody produces, or two jobs with one id.</exception>
    public static IReadOnlyList<TargetJob> Partition(TargetGraph graph, IReadOnlyList<string> invoked, IReadOnlyList<string> ownJobs, string where)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(invoked);
        ArgumentNullException.ThrowIfNull(ownJobs);
        if (invoked.Count == 0 && ownJobs.Count == 0)
        {
            throw new BuildConfigurationException($"{where} invokes no target. Set InvokedTargets, e.g. InvokedTargets = [\"Test\"].");
        }

        var roots = new List<TargetNode>();
        var gates = new List<TargetNode>();
        var found = new List<TargetNode>(); // Roots and gates in discovery order: a gate right after its members.
        foreach (var node in invoked.Select(name => Resolve(graph, name, where, "InvokedTargets")))
        {
            AddEntry(node, roots, gates, found, where, invoked: true);
        }

        foreach (var node in ownJobs.Select(name => Resolve(graph, name, where, "OwnJobTargets")))
        {
            AddEntry(node, roots, gates, found, where, invoked: false);
        }

        // Walk each root's dependencies: stop at roots, gates and producers (their jobs are needed), fold the rest.
        var chains = new Dictionary<TargetNode, (HashSet<TargetNode> Targets, List<TargetNode> Needs)>();
        for (var i = 0; i < roots.Count; i++)
        {
            var root = roots[i];
            var targets = new HashSet<TargetNode> { root };
            var needs = new List<TargetNode>();
            var pending = new Stack<TargetNode>(root.Dependencies.Reverse());
            while (pending.TryPop(out var dependency))
            {
                if (dependency.IsCollective && dependency.Dependencies.Count > 0 && !gates.Contains(dependency) && !roots.Contains(dependency))
                {
                    // An aggregate dependency (Release on ValidateRelease) fans out like an invoked one: its members get
                    // jobs and its gate is what the dependent job needs, so it runs only after all of them passed.
                    AddEntry(dependency, roots, gates, found, where, invoked: true);
                }

                if (gates.Contains(dependency) || roots.Contains(dependency) || dependency.Definition.Produces.Count > 0)
                {
                    if (!gates.Contains(dependency) && !roots.Contains(dependency))
                    {
                        roots.Add(dependency);
                        found.Add(dependency);
                    }

                    if (!needs.Contains(dependency))
                    {
                        needs.Add(dependency);
                    }
                }
                else if (targets.Add(dependency))
                {
                    foreach (var next in dependency.Dependencies.Reverse())
                    {
                        pending.Push(next);
                    }
                }
            }

            chains[root] = (targets, needs);
        }

        var ids = AssignIds(found, where);
        var jobs = new Dictionary<TargetNode, TargetJob>();
        foreach (var root in roots)
        {
            var (targets, needs) = chains[root];
            var downloads = new List<TargetNode>();
            foreach (var target in targets)
            {
                foreach (var (producer, paths) in target.Consumes)
                {
                    CheckProduced(target, producer, paths, where);
                    if (!downloads.Contains(producer))
                    {
                        downloads.Add(producer);
                    }
                }
            }

            jobs[root] = new TargetJob(ids[root], root, OrderChain(targets), [.. needs.Select(n => ids[n])], [.. downloads.Select(n => ids[n])], IsGate: false);
        }

        foreach (var gate in gates)
        {
            jobs[gate] = new TargetJob(ids[gate], gate, [], [.. gate.Dependencies.Select(n => ids[n])], [], IsGate: true);
        }

        return OrderJobs([.. found.Select(n => jobs[n])]);
    }

    /// <summary>The CI job id of a target name: kebab case (<c>SnapshotBuild</c> becomes <c>snapshot-build</c>).</summary>
    public static string JobId(string targetName)
    {
        ArgumentNullException.ThrowIfNull(targetName);
        var id = new StringBuilder();
        for (var i = 0; i < targetName.Length; i++)
        {
            var c = targetName[i];
            if (!char.IsAsciiLetterOrDigit(c))
            {
                id.Append('-');
                continue;
            }

            var boundary = char.IsUpper(c) && i > 0 && (char.IsLower(targetName[i - 1]) || char.IsDigit(targetName[i - 1])
                || (char.IsUpper(targetName[i - 1]) && i + 1 < targetName.Length && char.IsLower(targetName[i + 1])));
            if (boundary && id.Length > 0 && id[^1] != '-')
            {
                id.Append('-');
            }

            id.Append(char.ToLowerInvariant(c));
        }

        return id.ToString().Trim('-');
    }

    /// <summary>A produced or consumed path in one spelling: no leading <c>./</c>, no trailing <c>/</c>.</summary>
    public static string NormalizePath(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var normalized = path.Replace('\\', '/');
        while (normalized.StartsWith("./", StringComparison.Ordinal))
        {
            normalized = normalized[2..];
        }

        return normalized.TrimEnd('/');
    }

    private static TargetNode Resolve(TargetGraph graph, string name, string where, string property) =>
        graph.Find(name) ?? throw new BuildConfigurationException(
            $"{where} lists '{name}' in {property}, but the build has no such target." + NameSuggestions.For(name, graph.Nodes.Select(n => n.Name)) + " Fix the name in the attribute.");

    private static void AddEntry(TargetNode node, List<TargetNode> roots, List<TargetNode> gates, List<TargetNode> found, string where, bool invoked)
    {
        if (roots.Contains(node) || gates.Contains(node))
        {
            return;
        }

        if (!invoked || !node.IsCollective)
        {
            roots.Add(node);
            found.Add(node);
            return;
        }

        if (node.Dependencies.Count == 0)
        {
            throw new BuildConfigurationException(
                $"{where} invokes '{node.Name}', which has no actions and no dependencies, so there is nothing to fan out into jobs. Give it dependencies (DependsOn), give it actions, or remove it from InvokedTargets.");
        }

        foreach (var dependency in node.Dependencies)
        {
            AddEntry(dependency, roots, gates, found, where, invoked: true);
        }

        gates.Add(node);
        found.Add(node);
    }

    private static Dictionary<TargetNode, string> AssignIds(IEnumerable<TargetNode> nodes, string where)
    {
        var ids = new Dictionary<TargetNode, string>();
        var owners = new Dictionary<string, TargetNode>(StringComparer.Ordinal);
        foreach (var node in nodes)
        {
            var id = JobId(node.Name);
            if (owners.TryGetValue(id, out var other))
            {
                throw new BuildConfigurationException(
                    $"{where}: targets '{other.Name}' and '{node.Name}' both become CI job '{id}'. Rename one of them so their kebab-case names differ.");
            }

            owners[id] = node;
            ids[node] = id;
        }

        return ids;
    }

    private static void CheckProduced(TargetNode consumer, TargetNode producer, IReadOnlyList<string> paths, string where)
    {
        var produced = producer.Definition.Produces.Select(NormalizePath).ToList();
        foreach (var path in paths.Select(NormalizePath))
        {
            if (!produced.Any(p => string.Equals(p, path, StringComparison.Ordinal) || path.StartsWith(p + "/", StringComparison.Ordinal)))
            {
                throw new BuildConfigurationException(
                    $"{where}: target '{consumer.Name}' consumes '{path}' from '{producer.Name}', but no target in the graph produces it ('{producer.Name}' declares Produces({string.Join(", ", produced.Select(p => $"\"{p}\""))})). Add .Produces(\"{path}\") to '{producer.Name}' or fix the Consumes path.");
            }
        }
    }

    private static List<TargetNode> OrderChain(HashSet<TargetNode> targets)
    {
        var ordered = new List<TargetNode>();
        var done = new HashSet<TargetNode>();

        void Visit(TargetNode node)
        {
            if (done.Add(node))
            {
                foreach (var dependency in node.Dependencies.Where(targets.Contains).OrderBy(d => d.Name, StringComparer.Ordinal))
                {
                    Visit(dependency);
                }

                ordered.Add(node);
            }
        }

        foreach (var node in targets.OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            Visit(node);
        }

        return ordered;
    }

    /// <summary>Needs first; otherwise the order jobs were found in (entries as invoked, then producers).</summary>
    private static List<TargetJob> OrderJobs(List<TargetJob> found)
    {
        var ordered = new List<TargetJob>();
        var placed = new HashSet<string>(StringComparer.Ordinal);
        while (ordered.Count < found.Count)
        {
            var next = found.FirstOrDefault(j => !placed.Contains(j.Id) && j.Needs.All(placed.Contains))
                ?? throw new BuildConfigurationException($"The jobs {string.Join(", ", found.Where(j => !placed.Contains(j.Id)).Select(j => j.Id))} need each other in a cycle. Remove a dependency between their targets.");
            ordered.Add(next);
            placed.Add(next.Id);
        }

        var position = ordered.Select((job, index) => (job.Id, index)).ToDictionary(p => p.Id, p => p.index, StringComparer.Ordinal);
        return [.. ordered.Select(j => j with { Needs = [.. j.Needs.OrderBy(n => position[n])], DownloadsFrom = [.. j.DownloadsFrom.OrderBy(n => position[n])] })];
    }
}
