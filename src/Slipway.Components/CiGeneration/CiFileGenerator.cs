using System.Reflection;
using Slipway.Graph;
using Slipway.Pipelines.GitHub;
using Slipway.Pipelines.GitLab;
using Slipway.Pipelines.Model;
using Slipway.Pipelines.Validation;

namespace Slipway.Components.CiGeneration;

/// <summary>
/// Produces every CI file the build class's attributes configure, in memory and in a fixed order: one workflow per
/// <see cref="GitHubActionsAttribute"/> (sorted by name), then one <c>.gitlab-ci.yml</c> for all <see cref="GitLabAttribute"/>s.
/// </summary>
public static class CiFileGenerator
{
    /// <summary>The GitHub workflow models of <paramref name="buildType"/>, sorted by name.</summary>
    /// <exception cref="BuildConfigurationException">An attribute cannot be compiled; the message says what, where and what to do.</exception>
    public static IReadOnlyList<Pipeline> CompileGitHub(Type buildType, TargetGraph graph, CiGenerationSettings settings)
    {
        ArgumentNullException.ThrowIfNull(buildType);
        var attributes = buildType.GetCustomAttributes<GitHubActionsAttribute>().OrderBy(a => a.Name, StringComparer.Ordinal).ToList();
        foreach (var clash in attributes.GroupBy(a => a.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            throw new BuildConfigurationException(
                $"{buildType.Name} has {clash.Count()} [GitHubActions] attributes named '{clash.Key}'; each writes .github/workflows/<name>.yml. Give each workflow its own name.");
        }

        return [.. attributes.Select(a => GitHubPipelineCompiler.Compile(a, graph, settings))];
    }

    /// <summary>The GitLab pipeline model of <paramref name="buildType"/>, or null when it has no <see cref="GitLabAttribute"/>.</summary>
    /// <exception cref="BuildConfigurationException">An attribute cannot be compiled.</exception>
    public static Pipeline? CompileGitLab(Type buildType, TargetGraph graph, CiGenerationSettings settings)
    {
        ArgumentNullException.ThrowIfNull(buildType);
        var attributes = buildType.GetCustomAttributes<GitLabAttribute>().ToList();
        return attributes.Count == 0 ? null : GitLabPipelineCompiler.Compile(attributes, graph, settings);
    }

    /// <summary>True when <paramref name="buildType"/> declares any CI attribute.</summary>
    public static bool IsConfigured(Type buildType) =>
        buildType.IsDefined(typeof(GitHubActionsAttribute), inherit: true) || buildType.IsDefined(typeof(GitLabAttribute), inherit: true);

    /// <summary>The files for <paramref name="buildType"/>: rendered models, byte-stable; warnings go to <see cref="CiGenerationSettings.Warnings"/>.</summary>
    /// <exception cref="BuildConfigurationException">No attribute, or an attribute or resulting pipeline is invalid.</exception>
    public static IReadOnlyList<GeneratedFile> Generate(Type buildType, TargetGraph graph, CiGenerationSettings settings)
    {
        ArgumentNullException.ThrowIfNull(buildType);
        ArgumentNullException.ThrowIfNull(settings);
        settings = settings.Parameters.Count > 0 ? settings : settings with { Parameters = Slipway.Parameters.BuildParameter.Discover(buildType) };
        var workflows = CompileGitHub(buildType, graph, settings);
        var files = workflows.Select(p => Render(p, GitHubActionsWriter.Write)).ToList();
        settings.Warnings.AddRange(GitHubWarnings.Find(workflows));
        if (CompileGitLab(buildType, graph, settings) is { } gitLab)
        {
            files.Add(Render(gitLab, GitLabCiWriter.Write));
            settings.Warnings.AddRange(GitLabWarnings.Find(gitLab));
        }

        return files.Count > 0 ? files : throw new BuildConfigurationException(
            $"{buildType.Name} has no [GitHubActions] or [GitLab] attribute, so there is no CI file to generate. Add one to the build class, e.g. [GitHubActions(\"ci\", OnPullRequest = true, InvokedTargets = [\"Test\"])].");
    }

    private static GeneratedFile Render(Pipeline pipeline, Func<Pipeline, string> write)
    {
        try
        {
            return new GeneratedFile(pipeline.FilePath, write(pipeline));
        }
        catch (PipelineValidationException invalid)
        {
            throw new BuildConfigurationException(invalid.Message + "\nFix the [GitHubActions]/[GitLab] attributes or the targets they invoke.", invalid);
        }
    }
}
