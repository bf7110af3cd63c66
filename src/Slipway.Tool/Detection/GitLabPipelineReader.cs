using YamlDotNet.RepresentationModel;

namespace Slipway.Tool.Detection;

/// <summary>
/// Reads <c>.gitlab-ci.yml</c>: its jobs (every top-level key that is not a keyword or a hidden <c>.template</c>),
/// their script lines and images, and when the pipeline runs, from <c>workflow: rules</c> and the jobs' rules or
/// <c>only:</c>. A job without either runs for every branch push and tag, as GitLab runs it.
/// </summary>
public static class GitLabPipelineReader
{
    private static readonly HashSet<string> Keywords = new(
        ["stages", "variables", "default", "workflow", "include", "image", "services", "cache", "before_script", "after_script", "pages"], StringComparer.Ordinal);

    /// <summary>The pipeline in <paramref name="text"/>, found at <paramref name="path"/>.</summary>
    /// <exception cref="InitException">The file is not a YAML mapping.</exception>
    public static ExistingCiFile Read(string path, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var root = YamlNodes.Load(text, path);
        var defaultImage = Image(root.Get("image")) ?? Image(root.Map("default")?.Get("image"));
        var jobs = new List<CiJob>();
        var conditions = new List<string>();
        var anyUnruled = false;
        foreach (var (key, value) in root.Children)
        {
            if (key is not YamlScalarNode { Value: { } name } || Keywords.Contains(name) || name.StartsWith('.') || value is not YamlMappingNode job)
            {
                continue;
            }

            var rules = Conditions(job);
            anyUnruled |= rules.Count == 0;
            conditions.AddRange(rules);
            var script = YamlNodes.Script(job.Get("before_script")) + "\n" + YamlNodes.Script(job.Get("script"));
            var onTags = rules.Count > 0 && rules.All(IsTagCondition);
            jobs.Add(new CiJob(name, [.. StepClassifier.Script(script)], onTags, Image(job.Get("image")) ?? defaultImage)
            {
                Tags = [.. rules.Where(IsTagCondition).Select(TagGlob).Distinct(StringComparer.Ordinal)],
            });
        }

        var workflow = (root.Map("workflow")?.Get("rules") as YamlSequenceNode)?.Children.OfType<YamlMappingNode>().Select(r => r.Text("if")).OfType<string>().ToList();
        var all = workflow is { Count: > 0 } ? workflow : conditions;
        var unruled = workflow is not { Count: > 0 } && anyUnruled;
        return new ExistingCiFile(path, CiSystemKind.GitLab, Triggers(all, unruled), jobs, Slipway.Pipelines.GeneratedHeader.Marks(text));
    }

    // A job's rule conditions (rules: if:) or only: words (branches, tags, merge_requests, a branch name).
    private static List<string> Conditions(YamlMappingNode job)
    {
        if (job.Get("rules") is YamlSequenceNode rules)
        {
            return [.. rules.Children.OfType<YamlMappingNode>().Where(r => r.Text("when") is not "never").Select(r => r.Text("if")).OfType<string>()];
        }

        var only = job.Get("only");
        return [.. only is YamlMappingNode map ? YamlNodes.Strings(map.Get("refs")) : YamlNodes.Strings(only)];
    }

    private static CiTriggers Triggers(IReadOnlyList<string> conditions, bool unruled)
    {
        var tags = conditions.Where(IsTagCondition).Select(TagGlob).Distinct(StringComparer.Ordinal).ToList();
        var branches = conditions.Where(c => c.Contains("CI_DEFAULT_BRANCH", StringComparison.Ordinal) || c is "branches" || c is "main" or "master")
            .Select(c => c is "branches" ? "**" : c is "main" or "master" ? c : "$CI_DEFAULT_BRANCH").Distinct(StringComparer.Ordinal).ToList();
        return new CiTriggers
        {
            PullRequests = conditions.Any(c => c.Contains("merge_request_event", StringComparison.Ordinal) || c is "merge_requests"),
            PushBranches = unruled ? ["**"] : branches,
            PushTags = unruled && tags.Count == 0 ? ["*"] : tags,
            Manual = conditions.Any(c => c.Contains("\"web\"", StringComparison.Ordinal) || c is "web"),
            Other = conditions.Any(c => c.Contains("\"schedule\"", StringComparison.Ordinal) || c is "schedules") ? ["schedule"] : [],
        };
    }

    private static bool IsTagCondition(string condition) => condition.Contains("CI_COMMIT_TAG", StringComparison.Ordinal) || condition is "tags";

    // `$CI_COMMIT_TAG =~ /^v\d+/` is v*; a bare `$CI_COMMIT_TAG` or `tags` is any tag.
    private static string TagGlob(string condition)
    {
        var at = condition.IndexOf("/^", StringComparison.Ordinal);
        if (at < 0)
        {
            return "*";
        }

        var prefix = new string([.. condition[(at + 2)..].TakeWhile(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')]);
        return prefix + "*";
    }

    private static string? Image(YamlNode? node) => node switch
    {
        YamlScalarNode scalar => scalar.Value,
        YamlMappingNode map => map.Text("name"),
        _ => null,
    };
}
