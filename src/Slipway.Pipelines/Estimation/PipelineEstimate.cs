namespace Slipway.Pipelines.Estimation;

/// <summary>What a pipeline costs, estimated from per-job work and a per-job setup overhead.</summary>
/// <param name="CriticalPath">Job ids of the longest chain through needs, first to last.</param>
/// <param name="WallClock">Length of the critical path (unlimited runners, no queueing).</param>
/// <param name="RunnerTime">Sum over all jobs of overhead plus work: what the runners are busy for.</param>
/// <param name="Serial">The same work in one job: one setup overhead plus the sum of all work.</param>
/// <param name="SetupOverheadPerJob">The per-job overhead assumed (checkout, setup, cache restore, artifacts).</param>
public sealed record PipelineEstimate(IReadOnlyList<string> CriticalPath, TimeSpan WallClock, TimeSpan RunnerTime, TimeSpan Serial, TimeSpan SetupOverheadPerJob)
{
    /// <summary><see cref="RunnerTime"/> in minutes, the unit CI providers bill in.</summary>
    public double RunnerMinutes => RunnerTime.TotalMinutes;
}
