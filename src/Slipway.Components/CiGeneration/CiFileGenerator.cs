using Slipway.Components.CiSystems;
using Slipway.Graph;
using Slipway.Hosts;
using Slipway.Pipelines.Model;
using Slipway.Pipelines.Validation;

namespace Slipway.Components.CiGeneration;

/// <summary>
/// Produces every CI file the build class's attributes configure, in memory and in a fixed order, through each
/// registered CI system (<see cref="ICiSystem"/>): its pipelines compiled from the graph, then written.
/// </summary>
public static class CiFileGenerator
{
    /// <summary>The CI systems registered for <paramref name="buildType"/> (see <see cref="HostDetectorAttribute"/>).</summary>
    public static IReadOnlyList<ICiSystem> Systems(Type buildType) => [.. HostDetection.Detectors(buildType).OfType<ICiSystem>()];

    /// <summary>The pipelines of the system of type <typeparamref name="TSystem"/>.</summary>
    /// <exception cref="BuildConfigurationException">An attribute cannot be compiled.</exception>
    public static IReadOnlyList<Pipeline> Compile<TSystem>(Type buildType, TargetGraph graph, CiGenerationSettings settings)
        where TSystem : ICiSystem, new() => new TSystem().Compile(buildType, graph, WithParameters(buildType, settings));

    /// <summary>True when <paramref name="buildType"/> declares an attribute of any registered CI system.</summary>
    public static bool IsConfigured(Type buildType) => Systems(buildType).Any(s => s.IsConfigured(buildType));

    /// <summary>The files for <paramref name="buildType"/>: rendered models, byte-stable; warnings go to <see cref="CiGenerationSettings.Warnings"/>.</summary>
    /// <exception cref="BuildConfigurationException">No attribute, or an attribute or resulting pipeline is invalid.</exception>
    public static IReadOnlyList<GeneratedFile> Generate(Type buildType, TargetGraph graph, CiGenerationSettings settings)
    {
        ArgumentNullException.ThrowIfNull(buildType);
        ArgumentNullException.ThrowIfNull(settings);
        settings = WithParameters(buildType, settings);
        var files = new List<GeneratedFile>();
        foreach (var system in Systems(buildType))
        {
            var pipelines = system.Compile(buildType, graph, settings);
            files.AddRange(pipelines.Select(p => Render(p, system.Write)));
            settings.Warnings.AddRange(system.Warnings(pipelines));
        }

        return files.Count > 0 ? [.. files.OrderBy(f => f.RelativePath, StringComparer.Ordinal)] : throw new BuildConfigurationException(
            $"{buildType.Name} has no CI attribute ([GitHubActions], [GitLab], ...), so there is no CI file to generate. Add one to the build class, e.g. [GitHubActions(\"ci\", OnPullRequest = true, InvokedTargets = [\"Test\"])].");
    }

    private static CiGenerationSettings WithParameters(Type buildType, CiGenerationSettings settings) =>
        settings.Parameters.Count > 0 ? settings : settings with { Parameters = Slipway.Parameters.BuildParameter.Discover(buildType) };

    private static GeneratedFile Render(Pipeline pipeline, Func<Pipeline, string> write)
    {
        try
        {
            return new GeneratedFile(pipeline.FilePath, write(pipeline));
        }
        catch (PipelineValidationException invalid)
        {
            throw new BuildConfigurationException(invalid.Message + "\nFix the CI attributes or the targets they invoke.", invalid);
        }
    }
}
