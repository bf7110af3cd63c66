using System.Globalization;
using Slipway.Clients.GitHub;
using Slipway.Clients.GitLab;
using Slipway.Reporting;

namespace Slipway.Components.Timing;

/// <summary>
/// Builds a <see cref="Baseline"/> from CI history. Per run: wall-clock = last job finished - first job started (over
/// jobs that ran, offsets taken into account); runner minutes = <see cref="BilledMinutes"/> and the exact sum.
/// Per job and step: durations of successful ones. Per target: durations of targets that succeeded, from the
/// jobs' <c>timings.json</c> documents, under the job name the document carries.
/// </summary>
public static class BaselineBuilder
{
    /// <summary>
    /// Runner minutes as GitHub bills them: each job's duration rounded up to the next whole minute, then summed
    /// (a 61 s job counts 2 minutes; a 0 s job counts 0). GitLab counts compute minutes from exact durations; the
    /// same rule is applied there so the numbers compare, and <see cref="PipelineBaseline.ExactRunnerMinutes"/> keeps
    /// the exact sum.
    /// </summary>
    public static int BilledMinutes(IEnumerable<double> jobSeconds) => jobSeconds.Sum(s => (int)Math.Ceiling(Math.Max(0, s) / 60));

    /// <summary>Builds the baseline of GitHub workflows from their sampled runs.</summary>
    /// <param name="repository"><c>owner/repo</c>.</param>
    /// <param name="branch">Branch the runs were filtered on, or null.</param>
    /// <param name="requestedRuns">How many runs were asked for per workflow.</param>
    /// <param name="runsByWorkflow">Sampled runs per workflow file.</param>
    /// <param name="capturedAt">Capture time recorded in the document.</param>
    public static Baseline FromGitHub(
        string repository, string? branch, int requestedRuns, IReadOnlyDictionary<string, IReadOnlyList<GitHubRunSample>> runsByWorkflow, DateTimeOffset capturedAt)
    {
        var pipelines = new SortedDictionary<string, PipelineBaseline>(StringComparer.Ordinal);
        foreach (var (workflow, runs) in runsByWorkflow)
        {
            if (Pipeline(runs.Select(r => (r.Jobs.Select(FromGitHub).OfType<JobSample>().ToList(), r.Timings))) is { } pipeline)
            {
                pipelines[workflow] = pipeline;
            }
        }

        return new Baseline(
            Baseline.CurrentSchemaVersion, capturedAt, new BaselineSource("GitHub", repository, [.. runsByWorkflow.Keys.Order(StringComparer.Ordinal)], branch, requestedRuns), pipelines);
    }

    /// <summary>Builds the baseline of a GitLab project's pipeline (key <c>gitlab</c>) from sampled pipelines.</summary>
    /// <param name="project">Project path or id.</param>
    /// <param name="ref">Ref the pipelines were filtered on, or null.</param>
    /// <param name="requestedRuns">How many pipelines were asked for.</param>
    /// <param name="pipelines">Sampled pipelines.</param>
    /// <param name="capturedAt">Capture time recorded in the document.</param>
    public static Baseline FromGitLab(string project, string? @ref, int requestedRuns, IReadOnlyList<GitLabPipelineSample> pipelines, DateTimeOffset capturedAt)
    {
        var result = new SortedDictionary<string, PipelineBaseline>(StringComparer.Ordinal);
        if (Pipeline(pipelines.Select(p => (p.Jobs.Select(FromGitLab).OfType<JobSample>().ToList(), p.Timings))) is { } pipeline)
        {
            result[GitLabPipelineKey] = pipeline;
        }

        return new Baseline(Baseline.CurrentSchemaVersion, capturedAt, new BaselineSource("GitLab", project, [GitLabPipelineKey], @ref, requestedRuns), result);
    }

    /// <summary>The pipeline key of a GitLab project's (single) pipeline.</summary>
    public const string GitLabPipelineKey = "gitlab";

    private static PipelineBaseline? Pipeline(IEnumerable<(List<JobSample> Jobs, IReadOnlyList<RunTimings> Timings)> runs)
    {
        var wallClock = new List<double>();
        var billed = new List<double>();
        var exact = new List<double>();
        var jobs = new SortedDictionary<string, JobAccumulator>(StringComparer.Ordinal);
        JobAccumulator Job(string name) => jobs.TryGetValue(name, out var a) ? a : jobs[name] = new JobAccumulator();

        foreach (var (ran, timings) in runs)
        {
            if (ran.Count == 0)
            {
                continue;
            }

            wallClock.Add((ran.Max(j => j.FinishedAt) - ran.Min(j => j.StartedAt)).TotalSeconds);
            billed.Add(BilledMinutes(ran.Select(j => j.Seconds)));
            exact.Add(ran.Sum(j => j.Seconds) / 60);
            foreach (var job in ran.Where(j => j.Succeeded))
            {
                var accumulator = Job(job.Name);
                accumulator.Duration.Add(job.Seconds);
                if (job.QueuedSeconds is { } queued)
                {
                    accumulator.Queued.Add(queued);
                }

                foreach (var (step, seconds) in job.Steps)
                {
                    Add(accumulator.Steps, step, seconds);
                }
            }

            foreach (var document in timings.Where(t => t.Job is not null))
            {
                var accumulator = Job(document.Job!);
                accumulator.Run.Add(document.DurationSeconds);
                foreach (var target in document.Targets.Where(t => string.Equals(t.Status, "Succeeded", StringComparison.Ordinal)))
                {
                    Add(accumulator.Targets, target.Name, target.DurationSeconds);
                }

                foreach (var cache in document.Caches ?? [])
                {
                    var (seen, hits, partial) = accumulator.Caches.GetValueOrDefault(cache.Name);
                    accumulator.Caches[cache.Name] = (
                        seen + 1,
                        hits + (cache.Outcome is Slipway.Reporting.CacheResult.Hit or Slipway.Reporting.CacheResult.Restored ? 1 : 0),
                        partial + (string.Equals(cache.Outcome, Slipway.Reporting.CacheResult.Partial, StringComparison.Ordinal) ? 1 : 0));
                }
            }
        }

        if (wallClock.Count == 0)
        {
            return null;
        }

        return new PipelineBaseline(
            wallClock.Count,
            SampleStats.From(wallClock)!,
            SampleStats.From(billed)!,
            SampleStats.From(exact)!,
            jobs.ToDictionary(j => j.Key, j => j.Value.Build(), StringComparer.Ordinal));
    }

    private static void Add(SortedDictionary<string, List<double>> map, string key, double value)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        list.Add(value);
    }

    private static JobSample? FromGitHub(GitHubJob job)
    {
        if (job.StartedAt is not { } started || job.CompletedAt is not { } completed || string.Equals(job.Conclusion, "skipped", StringComparison.Ordinal))
        {
            return null;
        }

        var steps = new List<KeyValuePair<string, double>>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var step in job.Steps.Where(s => string.Equals(s.Conclusion, "success", StringComparison.Ordinal) && s.Duration is not null))
        {
            // A job may repeat a step name (two checkouts): number the repeats so each keeps its own series.
            var n = seen[step.Name] = seen.GetValueOrDefault(step.Name) + 1;
            steps.Add(KeyValuePair.Create(n == 1 ? step.Name : string.Create(CultureInfo.InvariantCulture, $"{step.Name} #{n}"), step.Duration!.Value.TotalSeconds));
        }

        return new JobSample(job.Name, started, completed, (completed - started).TotalSeconds, string.Equals(job.Conclusion, "success", StringComparison.Ordinal), null, steps);
    }

    private static JobSample? FromGitLab(GitLabJob job) =>
        job.StartedAt is { } started && job.FinishedAt is { } finished
            ? new JobSample(
                job.Name, started, finished, job.Duration ?? (finished - started).TotalSeconds, string.Equals(job.Status, "success", StringComparison.Ordinal), job.QueuedDuration, [])
            : null;

    private sealed class JobAccumulator
    {
        public List<double> Duration { get; } = [];

        public List<double> Queued { get; } = [];

        public List<double> Run { get; } = [];

        public SortedDictionary<string, List<double>> Steps { get; } = new(StringComparer.Ordinal);

        public SortedDictionary<string, List<double>> Targets { get; } = new(StringComparer.Ordinal);

        public SortedDictionary<string, (int Runs, int Hits, int Partial)> Caches { get; } = new(StringComparer.Ordinal);

        public JobBaseline Build() => new(
            SampleStats.From(Duration),
            SampleStats.From(Queued),
            SampleStats.From(Run),
            Steps.ToDictionary(s => s.Key, s => SampleStats.From(s.Value)!, StringComparer.Ordinal),
            Targets.ToDictionary(t => t.Key, t => SampleStats.From(t.Value)!, StringComparer.Ordinal))
        {
            Caches = Caches.ToDictionary(c => c.Key, c => new CacheHitRate(c.Value.Runs, c.Value.Hits, c.Value.Partial), StringComparer.Ordinal),
        };
    }
}
