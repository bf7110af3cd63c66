namespace Slipway.Components.Timing;

/// <summary>The baseline of one CI job, keyed in <see cref="PipelineBaseline.Jobs"/> by job name.</summary>
/// <param name="DurationSeconds">Job duration (started to completed) from the CI API; null when only timings artifacts named the job.</param>
/// <param name="QueuedSeconds">Time waiting for a runner (GitLab's <c>queued_duration</c>); null on GitHub.</param>
/// <param name="RunSeconds">Whole Slipway run inside the job, from the uploaded <c>timings.json</c>; null without artifacts.</param>
/// <param name="Steps">Per step (GitHub), by step name, from the jobs API.</param>
/// <param name="Targets">Per target that succeeded, by target name, from the uploaded <c>timings.json</c>.</param>
public sealed record JobBaseline(
    SampleStats? DurationSeconds,
    SampleStats? QueuedSeconds,
    SampleStats? RunSeconds,
    IReadOnlyDictionary<string, SampleStats> Steps,
    IReadOnlyDictionary<string, SampleStats> Targets)
{
    /// <summary>Per cache the job restores, by name, from the uploaded <c>timings.json</c>; empty in baselines captured before caches were recorded.</summary>
    public IReadOnlyDictionary<string, CacheHitRate> Caches { get; init; } = new Dictionary<string, CacheHitRate>(StringComparer.Ordinal);
}
