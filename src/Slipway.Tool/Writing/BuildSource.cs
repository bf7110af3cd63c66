using System.Globalization;
using System.Text;
using Slipway.Tool.Detection;
using Slipway.Tool.Planning;

namespace Slipway.Tool.Writing;

/// <summary>Writes <c>build/Build.cs</c> for a plan: the build class, its components and its CI attributes.</summary>
public static class BuildSource
{
    private static readonly Dictionary<string, string> Namespaces = new(StringComparer.Ordinal)
    {
        ["ITest"] = "Slipway.Components.Go",
        ["ILint"] = "Slipway.Components.Go",
        ["IValidateRelease"] = "Slipway.Components.Release",
        ["IRelease"] = "Slipway.Components.Release",
        ["ICiImage"] = "Slipway.Components.CiImage",
    };

    /// <summary>The C# source of the build class.</summary>
    public static string Render(BuildPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var usings = new SortedSet<string>(plan.Components.Select(c => Namespaces[c]), StringComparer.Ordinal);
        if (plan.Pipelines.Any(p => p.System == CiSystemKind.GitHub))
        {
            usings.Add("Slipway.Components.CiSystems.GitHub");
        }

        if (plan.Pipelines.Any(p => p.System == CiSystemKind.GitLab))
        {
            usings.Add("Slipway.Components.CiSystems.GitLab");
        }

        if (plan.CiToolVersions.Count > 0)
        {
            usings.Add("Slipway.Components.CiGeneration");
        }

        if (plan.UsesMise)
        {
            usings.Add("Slipway.Components.Tools");
        }

        var text = new StringBuilder();
        foreach (var name in usings)
        {
            text.Append("using ").Append(name).Append(";\n");
        }

        text.Append("""

            /// <summary>
            /// The repository's build, written by slipway init. ./build.sh --help lists the targets; ./build.sh GenerateCi
            /// writes the CI files the attributes below describe, and CheckGenerated (part of Lint) fails when they drift.
            /// </summary>

            """);
        foreach (var pipeline in plan.Pipelines)
        {
            text.Append(pipeline.System == CiSystemKind.GitHub ? GitHub(pipeline) : GitLab(pipeline, plan.GitLabFile));
        }

        text.Append("internal sealed class Build : Slipway.SlipwayBuild, ").Append(string.Join(", ", plan.Components)).Append("\n{\n");
        text.Append("    public static int Main(string[] args) => Execute<Build>(args, x => ((").Append(plan.DefaultTarget.Interface).Append(")x).").Append(plan.DefaultTarget.Name).Append(");\n");
        if (plan.CiToolVersions.Count > 0)
        {
            text.Append("\n    /// <summary>Versions CI sets tools up at where mise pins none (slipway init took them from the earlier CI; see its report).</summary>\n");
            text.Append("    IReadOnlyDictionary<string, string> IGenerateCi.CiToolVersions => new Dictionary<string, string>(StringComparer.Ordinal)\n    {\n");
            foreach (var (tool, version) in plan.CiToolVersions.OrderBy(v => v.Key, StringComparer.Ordinal))
            {
                text.Append("        [").Append(Literal(tool)).Append("] = ").Append(Literal(version)).Append(",\n");
            }

            text.Append("    };\n");
        }

        if (plan.UsesMise)
        {
            text.Append("\n    /// <summary>Tools come from PATH, else from mise at the versions the repository pins.</summary>\n");
            text.Append("    protected override void OnBuildInitialized() => Context.Tools = new MiseToolLocator(Context);\n");
        }

        return text.Append("}\n").ToString();
    }

    private static string GitHub(PipelinePlan pipeline)
    {
        var t = pipeline.Triggers;
        var arguments = new List<string> { Literal(pipeline.Name) };
        Add(arguments, "OnPushBranches", t.PushBranches);
        Add(arguments, "OnPushTags", t.PushTags);
        Flag(arguments, "OnPullRequest", t.PullRequests);
        Flag(arguments, "OnWorkflowDispatch", t.Manual);
        Add(arguments, "OnSchedule", t.Schedules);
        Flag(arguments, "OnWorkflowCall", t.Called);
        if (pipeline.TagInput is { } input)
        {
            arguments.Add($"TagInput = {Literal(input)}");
        }

        Release(arguments, pipeline, "ArtifactRetentionDays");
        return Attribute("GitHubActions", arguments, pipeline);
    }

    private static string GitLab(PipelinePlan pipeline, string? file)
    {
        var t = pipeline.Triggers;
        var arguments = new List<string>();
        if (file is not null)
        {
            arguments.Add($"File = {Literal(file)}");
        }

        Flag(arguments, "OnMergeRequests", t.PullRequests);
        Add(arguments, "OnPushBranches", t.PushBranches);
        Add(arguments, "OnPushTags", t.PushTags);
        Flag(arguments, "OnWeb", t.Manual);
        if (pipeline.CiImageTarget is { } image)
        {
            arguments.Add($"CiImageTarget = {image.NameOf}");
        }

        Release(arguments, pipeline, "ArtifactExpireDays");
        return Attribute("GitLab", arguments, pipeline);
    }

    private static void Release(List<string> arguments, PipelinePlan pipeline, string retention)
    {
        if (pipeline.Release)
        {
            if (pipeline.System == CiSystemKind.GitHub)
            {
                arguments.Add("CancelInProgress = false");
            }

            arguments.Add($"{retention} = 7");
            arguments.Add("TimeoutMinutes = 60");
        }
    }

    private static string Attribute(string name, List<string> arguments, PipelinePlan pipeline)
    {
        arguments.Add($"InvokedTargets = [{string.Join(", ", pipeline.Targets.Select(x => x.NameOf))}]");
        return $"[{name}(\n    {string.Join(",\n    ", arguments)})]\n";
    }

    private static void Add(List<string> arguments, string name, IReadOnlyList<string> values)
    {
        if (values.Count > 0)
        {
            arguments.Add($"{name} = [{string.Join(", ", values.Select(Literal))}]");
        }
    }

    private static void Flag(List<string> arguments, string name, bool value)
    {
        if (value)
        {
            arguments.Add($"{name} = true");
        }
    }

    /// <summary>A C# string literal of <paramref name="value"/>.</summary>
    internal static string Literal(string value)
    {
        var text = new StringBuilder("\"");
        foreach (var c in value)
        {
            text.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                _ when char.IsControl(c) => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return text.Append('"').ToString();
    }
}
