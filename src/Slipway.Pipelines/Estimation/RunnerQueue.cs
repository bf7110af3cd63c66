namespace Slipway.Pipelines.Estimation;

/// <summary>
/// How long a pipeline takes when at most a given number of its jobs run at once (a small runner pool, a concurrency
/// limit): whenever a runner is free, the ready job that became ready first (then in pipeline order) takes it, as a
/// CI queue hands jobs out. Pure.
/// </summary>
public static class RunnerQueue
{
    /// <summary>One job to queue: its id, the ids it waits for (others are ignored), and how long it runs.</summary>
    /// <param name="Id">The job id.</param>
    /// <param name="Needs">The jobs it waits for.</param>
    /// <param name="Duration">Its whole duration (overhead and work).</param>
    public sealed record Job(string Id, IReadOnlyList<string> Needs, TimeSpan Duration);

    /// <summary>
    /// The time from the first job's start to the last job's end on <paramref name="runners"/> runners; with at least
    /// as many runners as jobs (<see cref="int.MaxValue"/>), every job starts when its needs finish.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="runners"/> is below 1.</exception>
    public static TimeSpan WallClock(IReadOnlyList<Job> jobs, int runners)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        ArgumentOutOfRangeException.ThrowIfLessThan(runners, 1);
        var ids = jobs.Select(j => j.Id).ToHashSet(StringComparer.Ordinal);
        var finished = new HashSet<string>(StringComparer.Ordinal);
        var running = new List<(TimeSpan End, string Id)>();
        var waiting = jobs.ToList();
        var now = TimeSpan.Zero;
        while (waiting.Count > 0 || running.Count > 0)
        {
            foreach (var job in waiting.Where(j => j.Needs.Where(ids.Contains).All(finished.Contains)).Take(runners - running.Count).ToList())
            {
                running.Add((now + job.Duration, job.Id));
                waiting.Remove(job);
            }

            if (running.Count == 0)
            {
                break; // a cycle never starts; the validator refuses those before estimates are made
            }

            var next = running.MinBy(r => r.End);
            running.Remove(next);
            (now, _) = next;
            finished.Add(next.Id);
        }

        return now;
    }
}
