using System.Reflection;
using Slipway.Components.CiGeneration;
using Slipway.Graph;
using Slipway.Hosts;
using Slipway.Pipelines.GitHub;
using Slipway.Pipelines.Model;

[assembly: HostDetector(typeof(Slipway.Components.CiSystems.GitHub.GitHubActionsSystem))]

namespace Slipway.Components.CiSystems.GitHub;

/// <summary>GitHub Actions: one workflow per <see cref="GitHubActionsAttribute"/>, in <c>.github/workflows/</c>.</summary>
public sealed class GitHubActionsSystem : ICiSystem
{
    /// <inheritdoc />
    public Host? Detect(IReadOnlyDictionary<string, string> environment) =>
        environment.TryGetValue("GITHUB_ACTIONS", out var value) && string.Equals(value, "true", StringComparison.OrdinalIgnoreCase) ? new GitHubActionsHost(environment) : null;

    /// <inheritdoc />
    public bool IsConfigured(Type buildType) => buildType.IsDefined(typeof(GitHubActionsAttribute), inherit: true);

    /// <inheritdoc />
    public IReadOnlyList<Pipeline> Compile(Type buildType, TargetGraph graph, CiGenerationSettings settings) =>
        CompileAll(buildType.GetCustomAttributes<GitHubActionsAttribute>(), buildType, graph, settings, GitHubPipelineCompiler.GitHubDialect);

    /// <summary>The workflows of <paramref name="attributes"/> in <paramref name="dialect"/>, refusing two of one name.</summary>
    /// <exception cref="BuildConfigurationException">Two attributes share a name, or one cannot be compiled.</exception>
    public static IReadOnlyList<Pipeline> CompileAll(IEnumerable<ActionsWorkflowAttribute> attributes, Type buildType, TargetGraph graph, CiGenerationSettings settings, WorkflowDialect dialect)
    {
        ArgumentNullException.ThrowIfNull(buildType);
        ArgumentNullException.ThrowIfNull(dialect);
        var ordered = attributes.OrderBy(a => a.Name, StringComparer.Ordinal).ToList();
        foreach (var clash in ordered.GroupBy(a => a.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            throw new BuildConfigurationException(
                $"{buildType.Name} has {clash.Count()} [{dialect.Attribute}] attributes named '{clash.Key}'; each writes {dialect.Directory}/<name>.yml. Give each workflow its own name.");
        }

        return [.. ordered.Select(a => GitHubPipelineCompiler.Compile(a, graph, settings, dialect))];
    }

    /// <inheritdoc />
    public string Write(Pipeline pipeline) => GitHubActionsWriter.Write(pipeline, GitHubPipelineCompiler.GitHubDialect.Facts);

    /// <inheritdoc />
    public IReadOnlyList<string> Warnings(IReadOnlyList<Pipeline> pipelines) => GitHubWarnings.Find(pipelines);
}
