namespace Slipway.Components.Timing;

/// <summary>One job of a <see cref="CiPlan"/>.</summary>
/// <param name="Id">Job id.</param>
/// <param name="Needs">Jobs it waits for.</param>
/// <param name="Targets">Targets its command runs (empty for a gate).</param>
/// <param name="Work">Estimated work, setup excluded.</param>
/// <param name="Source">Where <paramref name="Work"/> comes from: <c>baseline</c>, <c>local</c>, <c>gate</c> or <c>unknown</c>.</param>
/// <param name="Unmeasured">Targets of the job with no timing anywhere (counted as 0).</param>
public sealed record PlannedJob(string Id, IReadOnlyList<string> Needs, IReadOnlyList<string> Targets, TimeSpan Work, string Source, IReadOnlyList<string> Unmeasured)
{
    /// <summary>Its own overhead: the pipeline's setup overhead, or a gate's (no checkout, no set-up).</summary>
    public TimeSpan Overhead { get; init; }

    /// <summary>What the build-program cache saves the job on a warm cache (the compile it skips); zero when it caches none.</summary>
    public TimeSpan CompileSaved { get; init; }

    /// <summary>Cache hit rates of the job from the baseline, by cache name.</summary>
    public IReadOnlyDictionary<string, CacheHitRate> Caches { get; init; } = new Dictionary<string, CacheHitRate>(StringComparer.Ordinal);
}
