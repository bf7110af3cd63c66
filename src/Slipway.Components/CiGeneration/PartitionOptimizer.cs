namespace Slipway.Components.CiGeneration;

/// <summary>
/// Chooses which jobs of a structural partition share one job, from measured costs: merging two jobs saves one job's
/// overhead (and runs shared folded dependencies once) but runs their work in series. Greedy: it takes the merge that
/// helps most until none helps, judging by wall-clock first, then runner time; under a runner-minute budget, a
/// partition within the budget beats any over it, and over it the one using fewer billed minutes wins. Only jobs that
/// produce nothing and that no job but a gate needs are merged, and only jobs that wait for the same jobs (so no target
/// starts later than it could, whichever way the CI system schedules), so build-once hand-offs and the gate stay as
/// they are. Pure and deterministic.
/// </summary>
public static class PartitionOptimizer
{
    /// <summary>The optimised partition of <paramref name="jobs"/> (the structural one when no merge helps).</summary>
    public static IReadOnlyList<TargetJob> Optimize(IReadOnlyList<TargetJob> jobs, PartitionCosts costs)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        ArgumentNullException.ThrowIfNull(costs);
        var current = jobs.ToList();
        var score = Evaluate(current, costs);
        while (true)
        {
            (List<TargetJob> Jobs, Score Score)? best = null;
            var mergeable = current.Where(j => IsMergeable(j, current)).ToList();
            for (var i = 0; i < mergeable.Count; i++)
            {
                for (var k = i + 1; k < mergeable.Count; k++)
                {
                    if (!mergeable[i].Needs.ToHashSet(StringComparer.Ordinal).SetEquals(mergeable[k].Needs))
                    {
                        continue; // only jobs that could start together share one: no target is made to wait for another's needs
                    }

                    var candidate = Merge(current, mergeable[i], mergeable[k]);
                    if (HasCycle(candidate))
                    {
                        continue; // one of them waits, through a gate, for the other (Release after the validation gate)
                    }

                    var candidateScore = Evaluate(candidate, costs);
                    if (Better(candidateScore, best?.Score ?? score, costs.RunnerMinuteBudget))
                    {
                        best = (candidate, candidateScore);
                    }
                }
            }

            if (best is not { } chosen)
            {
                return current;
            }

            (current, score) = chosen;
        }
    }

    /// <summary>Wall-clock, runner time and billed minutes of a partition under <paramref name="costs"/>.</summary>
    public static (TimeSpan WallClock, TimeSpan RunnerTime, int BilledMinutes) Cost(IReadOnlyList<TargetJob> jobs, PartitionCosts costs)
    {
        var score = Evaluate(jobs, costs);
        return (score.WallClock, score.RunnerTime, score.Billed);
    }

    private sealed record Score(TimeSpan WallClock, TimeSpan RunnerTime, int Billed);

    private static bool IsMergeable(TargetJob job, List<TargetJob> jobs) =>
        !job.IsGate && job.Produces.Count == 0
        && jobs.Where(other => other.Needs.Contains(job.Id, StringComparer.Ordinal)).All(other => other.IsGate);

    private static List<TargetJob> Merge(List<TargetJob> jobs, TargetJob first, TargetJob second)
    {
        var targets = first.Targets.Concat(second.Targets.Where(t => !first.Targets.Contains(t))).ToList();
        var ids = first.Id.Split("-and-").Concat(second.Id.Split("-and-")).ToList();
        var merged = first with
        {
            Id = string.Join("-and-", ids),
            Targets = targets,
            Needs = [.. first.Needs.Union(second.Needs, StringComparer.Ordinal)],
            DownloadsFrom = [.. first.DownloadsFrom.Union(second.DownloadsFrom, StringComparer.Ordinal)],
            DisplayName = first.DisplayName + " + " + second.DisplayName,
        };
        var result = new List<TargetJob>();
        foreach (var job in jobs)
        {
            if (ReferenceEquals(job, first))
            {
                result.Add(merged);
            }
            else if (!ReferenceEquals(job, second))
            {
                // Gates that needed either now need the merged job, once.
                result.Add(job with { Needs = [.. job.Needs.Select(n => string.Equals(n, first.Id, StringComparison.Ordinal) || string.Equals(n, second.Id, StringComparison.Ordinal) ? merged.Id : n).Distinct(StringComparer.Ordinal)] });
            }
        }

        return result;
    }

    private static bool HasCycle(List<TargetJob> jobs)
    {
        var byId = jobs.ToDictionary(j => j.Id, StringComparer.Ordinal);
        var state = new Dictionary<string, bool>(StringComparer.Ordinal); // false: on the path, true: done
        bool Visit(string id)
        {
            if (state.TryGetValue(id, out var done))
            {
                return !done;
            }

            state[id] = false;
            if (byId[id].Needs.Where(byId.ContainsKey).Any(Visit))
            {
                return true;
            }

            state[id] = true;
            return false;
        }

        return jobs.Any(j => Visit(j.Id));
    }

    private static Score Evaluate(IReadOnlyList<TargetJob> jobs, PartitionCosts costs)
    {
        TimeSpan Own(TargetJob job) => job.IsGate ? costs.GateOverhead
            : costs.Overhead + TimeSpan.FromSeconds(job.Targets.Sum(t => costs.TargetSeconds.GetValueOrDefault(t.Name)));
        // Without a runner limit every ready job starts at once, which is the queue with as many runners as jobs.
        var queued = jobs.Select(j => new Pipelines.Estimation.RunnerQueue.Job(j.Id, j.Needs, Own(j))).ToList();
        var wall = Pipelines.Estimation.RunnerQueue.WallClock(queued, costs.Runners is { } runners ? Math.Max(1, runners) : int.MaxValue);
        var runner = jobs.Aggregate(TimeSpan.Zero, (sum, j) => sum + Own(j));
        var billed = jobs.Sum(j => (int)Math.Ceiling(Math.Max(1, Own(j).TotalSeconds) / 60));
        return new Score(wall, runner, billed);
    }

    private static bool Better(Score candidate, Score incumbent, double? budget)
    {
        if (budget is { } limit)
        {
            var (fits, fitted) = (candidate.Billed <= limit, incumbent.Billed <= limit);
            if (fits != fitted)
            {
                return fits;
            }

            if (!fits)
            {
                return candidate.Billed < incumbent.Billed || (candidate.Billed == incumbent.Billed && candidate.WallClock < incumbent.WallClock);
            }
        }

        // Milliseconds of difference are noise in the inputs, not a reason to prefer a partition.
        var tolerance = TimeSpan.FromMilliseconds(1);
        return candidate.WallClock < incumbent.WallClock - tolerance
            || (candidate.WallClock <= incumbent.WallClock + tolerance && candidate.RunnerTime < incumbent.RunnerTime - tolerance);
    }
}
