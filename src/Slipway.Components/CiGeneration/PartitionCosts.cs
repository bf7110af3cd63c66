namespace Slipway.Components.CiGeneration;

/// <summary>What the partition optimizer weighs for one pipeline: how long each target runs and what a job costs to start.</summary>
/// <param name="TargetSeconds">Median seconds per target (from the baseline, else local timings); a target not listed counts as 0.</param>
/// <param name="Overhead">What an ordinary job costs before and after its work (checkout, set-up, caches, artifacts).</param>
/// <param name="GateOverhead">What a gate job costs (no checkout, no set-up).</param>
/// <param name="Source">Where the numbers come from, for messages.</param>
public sealed record PartitionCosts(IReadOnlyDictionary<string, double> TargetSeconds, TimeSpan Overhead, TimeSpan GateOverhead, string Source)
{
    /// <summary>Billed runner minutes (each job rounded up to a minute) one run may use; null: no budget.</summary>
    public double? RunnerMinuteBudget { get; init; }

    /// <summary>
    /// How many jobs of one run can run at once (a small runner pool, a concurrency limit); null: as many as are
    /// ready. With few runners, jobs queue, and fewer, larger jobs can finish sooner than many small ones.
    /// </summary>
    public int? Runners { get; init; }
}
