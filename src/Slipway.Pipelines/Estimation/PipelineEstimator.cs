using Slipway.Pipelines.Model;
using Slipway.Pipelines.Validation;

namespace Slipway.Pipelines.Estimation;

/// <summary>Estimates wall-clock, runner time and the serial alternative of a pipeline. Pure: no I/O, no clock.</summary>
public static class PipelineEstimator
{
    /// <summary>
    /// Estimates <paramref name="pipeline"/>. Every job costs <paramref name="setupOverheadPerJob"/> plus its work;
    /// gate jobs may be left out of <paramref name="workPerJob"/> (no work).
    /// </summary>
    /// <exception cref="PipelineValidationException">The pipeline is invalid.</exception>
    /// <exception cref="ArgumentException">A non-gate job has no work estimate, or a duration is negative.</exception>
    public static PipelineEstimate Estimate(Pipeline pipeline, IReadOnlyDictionary<string, TimeSpan> workPerJob, TimeSpan setupOverheadPerJob) =>
        Estimate(pipeline, workPerJob, _ => setupOverheadPerJob, setupOverheadPerJob);

    /// <summary>
    /// Estimates <paramref name="pipeline"/> with each job's own overhead (<paramref name="overheadOf"/>: a gate that
    /// checks nothing out and sets nothing up costs less than a job that does); <paramref name="setupOverheadPerJob"/> is
    /// the overhead of an ordinary job, which the serial alternative pays once.
    /// </summary>
    /// <exception cref="PipelineValidationException">The pipeline is invalid.</exception>
    /// <exception cref="ArgumentException">A non-gate job has no work estimate, or a duration is negative.</exception>
    public static PipelineEstimate Estimate(Pipeline pipeline, IReadOnlyDictionary<string, TimeSpan> workPerJob, Func<PipelineJob, TimeSpan> overheadOf, TimeSpan setupOverheadPerJob) =>
        Estimate(pipeline, workPerJob, overheadOf, setupOverheadPerJob, null);

    /// <summary>
    /// Estimates <paramref name="pipeline"/> as the overload above does, with at most <paramref name="runners"/> jobs at
    /// once (null: every ready job starts): its wall-clock then counts the time jobs queue for a runner
    /// (<see cref="RunnerQueue"/>), while the critical path stays the longest chain of needs.
    /// </summary>
    /// <exception cref="PipelineValidationException">The pipeline is invalid.</exception>
    /// <exception cref="ArgumentException">A non-gate job has no work estimate, a duration is negative, or <paramref name="runners"/> is below 1.</exception>
    public static PipelineEstimate Estimate(Pipeline pipeline, IReadOnlyDictionary<string, TimeSpan> workPerJob, Func<PipelineJob, TimeSpan> overheadOf, TimeSpan setupOverheadPerJob, int? runners)
    {
        if (runners < 1)
        {
            throw new ArgumentException($"{runners} is not a number of runners: give 1 or more, or null for as many as are ready.", nameof(runners));
        }

        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(workPerJob);
        ArgumentNullException.ThrowIfNull(overheadOf);
        PipelineValidator.Validate(pipeline);
        var overheads = pipeline.Jobs.ToDictionary(j => j.Id, overheadOf, StringComparer.Ordinal);
        if (setupOverheadPerJob < TimeSpan.Zero || overheads.Values.Any(o => o < TimeSpan.Zero))
        {
            throw new ArgumentException("The setup overhead per job must not be negative.", nameof(setupOverheadPerJob));
        }

        var jobs = pipeline.Jobs.ToDictionary(j => j.Id, StringComparer.Ordinal);
        var work = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
        foreach (var job in pipeline.Jobs)
        {
            if (!workPerJob.TryGetValue(job.Id, out var duration))
            {
                duration = job.Gate ? TimeSpan.Zero
                    : throw new ArgumentException($"No work estimate for job '{job.Id}'. Give every non-gate job a duration.", nameof(workPerJob));
            }

            work[job.Id] = duration >= TimeSpan.Zero ? duration
                : throw new ArgumentException($"The work estimate for job '{job.Id}' is negative.", nameof(workPerJob));
        }

        // Earliest finish of each job and the need it waited for last; the validator guarantees a DAG.
        var finish = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
        var previous = new Dictionary<string, string?>(StringComparer.Ordinal);

        TimeSpan Finish(string id)
        {
            if (finish.TryGetValue(id, out var known))
            {
                return known;
            }

            var start = TimeSpan.Zero;
            string? last = null;
            foreach (var need in jobs[id].Needs)
            {
                var needFinish = Finish(need);
                if (last is null || needFinish > start)
                {
                    (start, last) = (needFinish, need);
                }
            }

            previous[id] = last;
            return finish[id] = start + overheads[id] + work[id];
        }

        string? end = null;
        foreach (var job in pipeline.Jobs)
        {
            var jobFinish = Finish(job.Id);
            if (end is null || jobFinish > finish[end])
            {
                end = job.Id;
            }
        }

        var path = new List<string>();
        for (var id = end; id is not null; id = previous[id])
        {
            path.Insert(0, id);
        }

        var totalWork = work.Values.Aggregate(TimeSpan.Zero, (sum, w) => sum + w);
        var wallClock = end is null ? TimeSpan.Zero : finish[end];
        if (runners is { } limit)
        {
            wallClock = RunnerQueue.WallClock([.. pipeline.Jobs.Select(j => new RunnerQueue.Job(j.Id, j.Needs, overheads[j.Id] + work[j.Id]))], limit);
        }

        return new PipelineEstimate(
            path,
            wallClock,
            totalWork + overheads.Values.Aggregate(TimeSpan.Zero, (sum, o) => sum + o),
            pipeline.Jobs.Count == 0 ? TimeSpan.Zero : setupOverheadPerJob + totalWork,
            setupOverheadPerJob);
    }
}
