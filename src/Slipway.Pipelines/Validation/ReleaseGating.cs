using Slipway.Pipelines.Environment;
using Slipway.Pipelines.Model;

namespace Slipway.Pipelines.Validation;

/// <summary>
/// A job that publishes a release (it needs an SCM token) must wait for validation: for every gate of its pipeline, and
/// for at least one job, so a red validation can never publish and a tag pushed on a broken commit releases nothing.
/// </summary>
public static class ReleaseGating
{
    /// <summary>One problem per publishing job that does not, through its needs, wait for a gate of the pipeline.</summary>
    public static IReadOnlyList<string> Problems(Pipeline pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        var jobs = pipeline.Jobs.ToDictionary(j => j.Id, StringComparer.Ordinal);
        var gates = pipeline.Jobs.Where(j => j.Gate).Select(j => j.Id).ToList();
        var problems = new List<string>();
        foreach (var job in pipeline.Jobs.Where(j => j.Requires.Any(n => n.Kind == NeedKind.ScmToken)))
        {
            var waitsFor = Upstream(job, jobs);
            if (waitsFor.Count == 0)
            {
                problems.Add($"Job '{job.Id}' publishes a release without waiting for any other job, so nothing validates what it publishes. Make the release target depend on the validation (IRelease depends on ValidateRelease where the build has it) so its job needs the validation gate.");
            }

            foreach (var gate in gates.Where(g => !waitsFor.Contains(g)))
            {
                problems.Add($"Job '{job.Id}' publishes a release but does not wait for the gate '{gate}', so a failed validation can still publish. Make the release target depend on the validation aggregate (IRelease does, through TryDependsOn<IValidateRelease>).");
            }
        }

        return problems;
    }

    private static HashSet<string> Upstream(PipelineJob job, Dictionary<string, PipelineJob> jobs)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(job.Needs);
        while (pending.TryPop(out var id))
        {
            if (seen.Add(id) && jobs.TryGetValue(id, out var needed))
            {
                foreach (var next in needed.Needs)
                {
                    pending.Push(next);
                }
            }
        }

        return seen;
    }
}
