using System.Reflection;
using Slipway.Components.CiGeneration;
using Slipway.Graph;
using Slipway.Hosts;
using Slipway.Pipelines.GitLab;
using Slipway.Pipelines.Model;

[assembly: HostDetector(typeof(Slipway.Components.CiSystems.GitLab.GitLabCiSystem))]

namespace Slipway.Components.CiSystems.GitLab;

/// <summary>GitLab CI: every <see cref="GitLabAttribute"/> contributes jobs to the one <c>.gitlab-ci.yml</c>.</summary>
public sealed class GitLabCiSystem : ICiSystem
{
    /// <inheritdoc />
    public Host? Detect(IReadOnlyDictionary<string, string> environment) =>
        environment.TryGetValue("GITLAB_CI", out var value) && string.Equals(value, "true", StringComparison.OrdinalIgnoreCase) ? new GitLabCiHost(environment) : null;

    /// <inheritdoc />
    public bool IsConfigured(Type buildType) => buildType.IsDefined(typeof(GitLabAttribute), inherit: true);

    /// <inheritdoc />
    public IReadOnlyList<Pipeline> Compile(Type buildType, TargetGraph graph, CiGenerationSettings settings)
    {
        ArgumentNullException.ThrowIfNull(buildType);
        var attributes = buildType.GetCustomAttributes<GitLabAttribute>().ToList();
        return attributes.Count == 0 ? [] : [GitLabPipelineCompiler.Compile(attributes, graph, settings)];
    }

    /// <inheritdoc />
    public string Write(Pipeline pipeline) => GitLabCiWriter.Write(pipeline);

    /// <inheritdoc />
    public IReadOnlyList<string> Warnings(IReadOnlyList<Pipeline> pipelines) => [.. pipelines.SelectMany(GitLabWarnings.Find)];
}
