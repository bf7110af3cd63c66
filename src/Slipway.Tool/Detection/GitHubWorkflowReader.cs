using YamlDotNet.RepresentationModel;

namespace Slipway.Tool.Detection;

/// <summary>Reads a GitHub Actions workflow: its <c>on:</c> triggers and, per job, what each step does.</summary>
public static class GitHubWorkflowReader
{
    private static readonly HashSet<string> Known = new(["push", "pull_request", "pull_request_target", "workflow_dispatch", "schedule", "workflow_call"], StringComparer.Ordinal);

    /// <summary>The workflow in <paramref name="text"/>, found at <paramref name="path"/>.</summary>
    /// <exception cref="InitException">The file is not a YAML mapping.</exception>
    public static ExistingCiFile Read(string path, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var root = YamlNodes.Load(text, path);
        // YAML 1.1 readers take a bare `on` for true; YamlDotNet keeps the word, but be lenient either way.
        var on = root.Get("on") ?? root.Get("true");
        var events = YamlNodes.Keys(on).ToHashSet(StringComparer.Ordinal);
        var map = on as YamlMappingNode;
        var push = map?.Map("push");
        var triggers = new CiTriggers
        {
            PushBranches = events.Contains("push") ? (push is null ? ["**"] : YamlNodes.Strings(push.Get("branches"))) : [],
            PushTags = push is null ? [] : YamlNodes.Strings(push.Get("tags")),
            PullRequests = events.Contains("pull_request") || events.Contains("pull_request_target"),
            Manual = events.Contains("workflow_dispatch"),
            Called = events.Contains("workflow_call"),
            Schedules = map?.Get("schedule") is YamlSequenceNode schedules
                ? [.. schedules.Children.OfType<YamlMappingNode>().Select(s => s.Text("cron")).OfType<string>()]
                : [],
            Other = [.. events.Where(e => !Known.Contains(e))],
        };
        var jobs = new List<CiJob>();
        foreach (var (key, value) in (IEnumerable<KeyValuePair<YamlNode, YamlNode>>?)root.Map("jobs")?.Children ?? [])
        {
            if (key is YamlScalarNode { Value: { } name } && value is YamlMappingNode job)
            {
                jobs.Add(Job(name, job));
            }
        }

        return new ExistingCiFile(path, CiSystemKind.GitHub, triggers, jobs, Slipway.Pipelines.GeneratedHeader.Marks(text));
    }

    private static CiJob Job(string name, YamlMappingNode job)
    {
        var steps = new List<CiStep>();
        if (job.Text("uses") is { } reusable)
        {
            steps.Add(new CiStep(StepKind.Other, "calls " + reusable));
        }

        foreach (var step in (job.Get("steps") as YamlSequenceNode)?.Children.OfType<YamlMappingNode>() ?? [])
        {
            if (step.Text("uses") is { } action)
            {
                steps.Add(StepClassifier.Action(action, YamlNodes.Scalars(step.Map("with"))));
            }
            else if (step.Text("run") is { } run)
            {
                steps.AddRange(StepClassifier.Script(run));
            }
        }

        var condition = job.Text("if") ?? "";
        return new CiJob(name, steps, OnTagsOnly: condition.Contains("refs/tags/", StringComparison.Ordinal) || condition.Contains("ref_type == 'tag'", StringComparison.Ordinal));
    }
}
