namespace Slipway.Planning;

/// <summary>The targets of one run in a deterministic order (topological, ties broken by name), with skip decisions.</summary>
/// <param name="Targets">Every planned target, predecessors first.</param>
public sealed record ExecutionPlan(IReadOnlyList<PlannedTarget> Targets)
{
    /// <summary>Targets that will run.</summary>
    public IEnumerable<PlannedTarget> Executing => Targets.Where(t => t.SkipReason is null);

    /// <summary>Targets that will run, grouped into waves that can run together.</summary>
    public IReadOnlyList<IReadOnlyList<PlannedTarget>> Waves =>
        [.. Executing.GroupBy(t => t.Wave).OrderBy(g => g.Key).Select(g => (IReadOnlyList<PlannedTarget>)[.. g])];
}
