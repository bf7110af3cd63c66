using Slipway.Pipelines.Model;
using Slipway.Pipelines.Validation;

namespace Slipway.Pipelines.GitLab;

/// <summary>Waste in a GitLab pipeline that still runs correctly, reported at generation time as warnings.</summary>
public static class GitLabWarnings
{
    /// <summary>Every warning for <paramref name="pipeline"/>, in a stable order.</summary>
    public static IReadOnlyList<string> Find(Pipeline pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        var warnings = SetupWaste.Find(pipeline).ToList();
        foreach (var job in pipeline.Jobs.Where(j => j.Rules.Any(r => r.Changes.Count > 0 && r.CompareTo is null)))
        {
            var waiting = pipeline.Jobs.Where(other => other.Needs.Contains(job.Id, StringComparer.Ordinal)).Select(other => other.Id).ToList();
            if (waiting.Count > 0)
            {
                // GitLab evaluates changes as true when there is no push to compare with.
                warnings.Add($"{pipeline.FilePath}: job '{job.Id}' runs on 'rules: changes', which is true in every tag, new-branch, web and scheduled pipeline, and {string.Join(", ", waiting)} wait for it there. Compare with the default branch (compare_to), or move it off the critical path.");
            }
        }

        if (pipeline.GitLab.DefaultImage is { } image && string.Equals(pipeline.GitLab.GateImage, image, StringComparison.Ordinal))
        {
            warnings.Add($"{pipeline.FilePath}: gate jobs run in the default image '{image}' only to echo; pull a small image for them instead (GateImage).");
        }

        return warnings;
    }
}
