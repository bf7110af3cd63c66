using System.Text.RegularExpressions;
using Slipway.Pipelines.Model;

namespace Slipway.Pipelines.Estimation;

/// <summary>
/// The part of a pipeline one kind of run starts: the pipeline's triggers decide whether it runs at all, each job's
/// rules whether the job does. Jobs whose rules need changed paths, a schedule or a manual start are left out (they
/// run only sometimes); needs on left-out jobs are dropped, as GitLab's optional needs and GitHub's skipped needs do.
/// </summary>
public static class PipelineSelection
{
    /// <summary>
    /// The jobs of <paramref name="pipeline"/> that a <paramref name="kind"/> run on <paramref name="defaultBranch"/>
    /// starts, and why each other job is left out; null when the pipeline does not run for that kind, or runs only when
    /// certain paths change.
    /// </summary>
    public static (Pipeline Selected, IReadOnlyList<(string Job, string Reason)> LeftOut)? For(Pipeline pipeline, PipelineKind kind, string defaultBranch = "main")
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        if (!Starts(pipeline.Triggers, kind, defaultBranch))
        {
            return null;
        }

        var leftOut = new List<(string Job, string Reason)>();
        var kept = new List<PipelineJob>();
        foreach (var job in pipeline.Jobs)
        {
            if (Reason(job, kind, defaultBranch) is { } reason)
            {
                leftOut.Add((job.Id, reason));
            }
            else
            {
                kept.Add(job);
            }
        }

        // A gate whose needs were all left out has nothing to gate.
        var ids = kept.Select(j => j.Id).ToHashSet(StringComparer.Ordinal);
        var selected = kept.Select(j => j with { Needs = [.. j.Needs.Where(ids.Contains)] }).ToList();
        foreach (var gate in selected.Where(j => j.Gate && j.Needs.Count == 0).ToList())
        {
            selected.Remove(gate);
            leftOut.Add((gate.Id, "every job it gates is left out"));
        }

        return selected.Count == 0 ? null : (pipeline with { Jobs = selected }, leftOut);
    }

    private static bool Starts(PipelineTriggers triggers, PipelineKind kind, string defaultBranch) => kind switch
    {
        PipelineKind.PullRequest => triggers.PullRequest is { } pr && pr.Paths.Count == 0 && (pr.Branches.Count == 0 || pr.Branches.Any(b => Glob(b, defaultBranch))),
        PipelineKind.DefaultBranch => triggers.Push is { Paths.Count: 0 } push && (push.Branches.Any(b => Glob(b, defaultBranch)) || (push.Branches.Count == 0 && push.Tags.Count == 0)),
        PipelineKind.Tag => triggers.Push is { Paths.Count: 0 } push && (push.Tags.Count > 0 || (push.Branches.Count == 0 && push.Tags.Count == 0)),
        _ => false,
    };

    private static string? Reason(PipelineJob job, PipelineKind kind, string defaultBranch)
    {
        if (job.Rules.Count == 0)
        {
            return null;
        }

        if (job.Rules.Any(r => r.When == RuleWhen.OnSuccess && r.Changes.Count == 0 && Selects(r, kind, defaultBranch)))
        {
            return null;
        }

        return job.Rules.Any(r => r.Changes.Count > 0 && Selects(r, kind, defaultBranch)) ? "runs only when certain paths change"
            : job.Rules.Any(r => r.When == RuleWhen.Manual) ? "started by hand"
            : "its rules select other pipelines";
    }

    private static bool Selects(JobRule rule, PipelineKind kind, string defaultBranch) => rule.Ref switch
    {
        RuleRef.Any => true,
        RuleRef.MergeRequest => kind == PipelineKind.PullRequest,
        RuleRef.DefaultBranch => kind == PipelineKind.DefaultBranch,
        RuleRef.Branch => kind == PipelineKind.DefaultBranch && Glob(rule.Pattern ?? "*", defaultBranch),
        RuleRef.Tag => kind == PipelineKind.Tag,
        _ => false,
    };

    /// <summary>A branch glob (<c>*</c> within a path segment, <c>**</c> across them) against a name.</summary>
    private static bool Glob(string pattern, string name)
    {
        var regex = "^" + Regex.Escape(pattern).Replace(@"\*\*", "\u0001", StringComparison.Ordinal).Replace(@"\*", "[^/]*", StringComparison.Ordinal).Replace("\u0001", ".*", StringComparison.Ordinal).Replace(@"\?", "[^/]", StringComparison.Ordinal) + "$";
        return Regex.IsMatch(name, regex, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }
}
