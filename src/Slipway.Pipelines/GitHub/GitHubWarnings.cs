using Slipway.Pipelines.Model;
using Slipway.Pipelines.Validation;

namespace Slipway.Pipelines.GitHub;

/// <summary>
/// Waste in a set of GitHub workflows that still run correctly: set-up nobody needs, a CI image no job runs in, the
/// same targets run by two workflows for one event. Reported at generation time as warnings.
/// </summary>
public static class GitHubWarnings
{
    /// <summary>Every warning for <paramref name="workflows"/>, in a stable order.</summary>
    public static IReadOnlyList<string> Find(IReadOnlyList<Pipeline> workflows)
    {
        ArgumentNullException.ThrowIfNull(workflows);
        var warnings = workflows.SelectMany(SetupWaste.Find).ToList();
        foreach (var workflow in workflows)
        {
            foreach (var job in workflow.Jobs.Where(j => j.BuildsJobImage))
            {
                warnings.Add($"{workflow.FilePath}: job '{job.Id}' builds a CI image, but GitHub Actions jobs run on the runner, not in that image: nothing here uses it. Build it only where jobs run in it (GitLab), or drop the workflow.");
            }
        }

        for (var i = 0; i < workflows.Count; i++)
        {
            for (var j = i + 1; j < workflows.Count; j++)
            {
                if (SharedEvent(workflows[i].Triggers, workflows[j].Triggers) is { } when)
                {
                    var shared = Targets(workflows[i]).Intersect(Targets(workflows[j]), StringComparer.Ordinal).ToList();
                    if (shared.Count > 0)
                    {
                        warnings.Add($"{workflows[i].FilePath} and {workflows[j].FilePath} both run {string.Join(", ", shared)} on {when}: the work is done twice. Invoke those targets in one of them only.");
                    }
                }
            }
        }

        return warnings;
    }

    private static IEnumerable<string> Targets(Pipeline workflow) => workflow.Jobs.SelectMany(j => j.Targets).Distinct(StringComparer.Ordinal);

    /// <summary>An event that starts both workflows (same branch, both all pull requests), or null. Path filters are ignored: overlapping paths are the common case.</summary>
    private static string? SharedEvent(PipelineTriggers a, PipelineTriggers b)
    {
        if (a.Push is { } pushA && b.Push is { } pushB && pushA.Branches.Intersect(pushB.Branches, StringComparer.Ordinal).FirstOrDefault() is { } branch)
        {
            return $"a push to {branch}";
        }

        if (a.PullRequest is { } pullA && b.PullRequest is { } pullB
            && (pullA.Branches.Count == 0 || pullB.Branches.Count == 0 || pullA.Branches.Intersect(pullB.Branches, StringComparer.Ordinal).Any()))
        {
            return "a pull request";
        }

        return null;
    }
}
