using System.Text.RegularExpressions;
using Slipway.Pipelines.Model;

namespace Slipway.Pipelines.Validation;

/// <summary>
/// Checks a pipeline against the rules both CI systems impose (needs DAG, artifact hand-off, names, limits) before
/// anything is written, so a bad model fails at generation time instead of in CI.
/// </summary>
public static partial class PipelineValidator
{
    /// <summary>GitLab's limit on <c>needs</c> entries per job.</summary>
    public const int MaxNeeds = 50;

    /// <summary>GitLab's limit on <c>cache:key:files</c> entries.</summary>
    public const int MaxCacheKeyFiles = 2;

    /// <summary>GitLab's limit on caches per job.</summary>
    public const int MaxCachesPerJob = 4;

    // Top-level keys GitLab reads as configuration, not jobs.
    private static readonly HashSet<string> GitLabReservedNames = new(StringComparer.Ordinal)
    {
        "image", "services", "stages", "types", "before_script", "after_script", "variables", "cache", "include",
        "workflow", "default", "pages", "spec",
    };

    /// <summary>Returns every problem found; empty when the pipeline is valid.</summary>
    public static IReadOnlyList<string> FindProblems(Pipeline pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        var problems = new List<string>();
        var jobs = new Dictionary<string, PipelineJob>(StringComparer.Ordinal);
        foreach (var job in pipeline.Jobs)
        {
            if (!jobs.TryAdd(job.Id, job))
            {
                problems.Add($"Job id '{job.Id}' is used by more than one job. Give each job a unique id.");
            }

            if (!JobId().IsMatch(job.Id) || GitLabReservedNames.Contains(job.Id))
            {
                problems.Add($"Job id '{job.Id}' is not usable as a GitHub job id, GitLab job name and log section name. Use a letter or '_' followed by letters, digits, '_' or '-', and not a GitLab keyword ({string.Join(", ", GitLabReservedNames.Order(StringComparer.Ordinal))}).");
            }
        }

        var producers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var job in pipeline.Jobs)
        {
            CheckJob(job, jobs, problems);
            foreach (var upload in job.Uploads)
            {
                if (!producers.TryAdd(upload.Name, job.Id))
                {
                    problems.Add($"Job '{job.Id}' uploads artifact '{upload.Name}', already uploaded by job '{producers[upload.Name]}'. GitHub artifacts are immutable per name: give each upload a unique name.");
                }
            }
        }

        foreach (var job in pipeline.Jobs)
        {
            foreach (var download in job.Downloads)
            {
                if (!producers.TryGetValue(download.Name, out var producer) || !string.Equals(producer, download.FromJob, StringComparison.Ordinal))
                {
                    problems.Add($"Job '{job.Id}' downloads artifact '{download.Name}' from job '{download.FromJob}', which does not upload it. Upload it there or fix the download.");
                }

                if (!job.Needs.Contains(download.FromJob, StringComparer.Ordinal))
                {
                    problems.Add($"Job '{job.Id}' downloads artifact '{download.Name}' from job '{download.FromJob}', which is not among its needs. Add '{download.FromJob}' to the needs of '{job.Id}'.");
                }
            }
        }

        if (FindCycle(pipeline.Jobs, jobs) is { } cycle)
        {
            problems.Add($"Jobs form a cycle through needs: {string.Join(" -> ", cycle)}. Remove one of these needs.");
        }

        return problems;
    }

    /// <summary>Throws <see cref="PipelineValidationException"/> listing every problem, if there is any.</summary>
    public static void Validate(Pipeline pipeline)
    {
        var problems = FindProblems(pipeline);
        if (problems.Count > 0)
        {
            throw new PipelineValidationException(pipeline, problems);
        }
    }

    private static void CheckJob(PipelineJob job, Dictionary<string, PipelineJob> jobs, List<string> problems)
    {
        var id = job.Id;
        foreach (var need in job.Needs)
        {
            if (!jobs.ContainsKey(need))
            {
                problems.Add($"Job '{id}' needs '{need}', which is not a job in this pipeline. Add that job or remove it from the needs of '{id}'.");
            }
        }

        if (job.Needs.Distinct(StringComparer.Ordinal).Count() != job.Needs.Count)
        {
            problems.Add($"Job '{id}' lists a need more than once. List each needed job once.");
        }

        if (job.Needs.Count > MaxNeeds)
        {
            problems.Add($"Job '{id}' has {job.Needs.Count} needs; GitLab allows at most {MaxNeeds}. Split the fan-in through an intermediate gate job.");
        }

        if (job.Gate && (job.Needs.Count == 0 || job.Command.Length > 0 || job.Uploads.Count > 0 || job.Downloads.Count > 0 || job.Setup.Count > 0 || job.Steps.Count > 0))
        {
            problems.Add($"Gate job '{id}' must need at least one job and have no command, steps, setup or artifacts. Move the work into a normal job.");
        }

        if (!job.Gate && string.IsNullOrWhiteSpace(job.Command))
        {
            problems.Add($"Job '{id}' has no command. Give it the build invocation to run, or make it a gate.");
        }

        if (job.TimeoutMinutes is < 1 or > 360)
        {
            problems.Add($"Job '{id}' has timeout {job.TimeoutMinutes} minutes. Use 1 to 360 minutes.");
        }

        foreach (var kind in job.Setup.GroupBy(s => s.GetType()).Where(g => g.Count() > 1))
        {
            problems.Add($"Job '{id}' lists {kind.Key.Name} {kind.Count()} times. List each setup requirement once.");
        }

        if (job.Caches.Count > MaxCachesPerJob)
        {
            problems.Add($"Job '{id}' has {job.Caches.Count} caches; GitLab allows at most {MaxCachesPerJob}. Merge caches that share key files.");
        }

        foreach (var cache in job.Caches)
        {
            if (cache.Key is null ? cache.KeyFiles.Count is 0 or > MaxCacheKeyFiles : cache.KeyFiles.Count > 0)
            {
                problems.Add($"Job '{id}' cache '{cache.Name}' has {cache.KeyFiles.Count} key files; GitLab needs 1 to {MaxCacheKeyFiles}, or a written key and none. Key it on at most two files (globs allowed), or give it a Key.");
            }

            if (cache.Paths.Count == 0 || !SafeName().IsMatch(cache.Name))
            {
                problems.Add($"Job '{id}' cache '{cache.Name}' needs a name of letters, digits, '.', '_' or '-' and at least one path.");
            }
        }

        foreach (var upload in job.Uploads)
        {
            if (!SafeName().IsMatch(upload.Name) || upload.Paths.Count == 0)
            {
                problems.Add($"Job '{id}' uploads artifact '{upload.Name}': the name must be letters, digits, '.', '_' or '-' and the upload needs at least one path.");
            }

            if (upload.RetentionDays is < 1 or > 90)
            {
                problems.Add($"Job '{id}' keeps artifact '{upload.Name}' for {upload.RetentionDays} days. Use 1 to 90 days.");
            }

            foreach (var path in upload.Paths.Where(p => p.Length == 0 || Path.IsPathRooted(p) || p.Split('/').Contains("..", StringComparer.Ordinal) || p.IndexOfAny(['*', '?', '[']) >= 0))
            {
                problems.Add($"Job '{id}' uploads '{path}' in artifact '{upload.Name}'. Use a file or directory relative to the workspace, without globs or '..'.");
            }
        }

        if (job.DotenvReport is { } dotenv && (dotenv.Length == 0 || Path.IsPathRooted(dotenv) || dotenv.Split('/').Contains("..", StringComparer.Ordinal) || dotenv.IndexOfAny(['*', '?', '[']) >= 0))
        {
            problems.Add($"Job '{id}' declares the dotenv report '{dotenv}'. Use one file relative to the workspace, without globs or '..'.");
        }

        foreach (var name in job.Environment.Keys.Concat(job.Secrets.Keys).Where(n => !VariableName().IsMatch(n)))
        {
            problems.Add($"Job '{id}' sets environment variable '{name}'. Use letters, digits and '_', not starting with a digit.");
        }

        if (job.Environment.Keys.Intersect(job.Secrets.Keys, StringComparer.Ordinal).FirstOrDefault() is { } clash)
        {
            problems.Add($"Job '{id}' sets '{clash}' both as a literal and from a secret. Keep one.");
        }
    }

    private static List<string>? FindCycle(IReadOnlyList<PipelineJob> ordered, Dictionary<string, PipelineJob> jobs)
    {
        var state = new Dictionary<string, bool>(StringComparer.Ordinal); // false: on the current path, true: done.
        var path = new List<string>();

        List<string>? Visit(string id)
        {
            if (state.TryGetValue(id, out var done))
            {
                return done ? null : [.. path.SkipWhile(p => !string.Equals(p, id, StringComparison.Ordinal)), id];
            }

            state[id] = false;
            path.Add(id);
            foreach (var need in jobs[id].Needs.Where(jobs.ContainsKey))
            {
                if (Visit(need) is { } cycle)
                {
                    return cycle;
                }
            }

            path.RemoveAt(path.Count - 1);
            state[id] = true;
            return null;
        }

        return ordered.Select(j => j.Id).Distinct(StringComparer.Ordinal).Select(Visit).FirstOrDefault(c => c is not null);
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_-]{0,99}$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex JobId();

    [GeneratedRegex("^[A-Za-z0-9._-]{1,100}$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex SafeName();

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex VariableName();
}
