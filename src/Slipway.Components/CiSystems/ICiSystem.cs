using Slipway.Components.CiGeneration;
using Slipway.Graph;
using Slipway.Hosts;
using Slipway.Pipelines.Model;

namespace Slipway.Components.CiSystems;

/// <summary>
/// One CI system, end to end: how a run recognises it (<see cref="IHostDetector"/>, which gives the host with its log
/// format and reports), how its attributes on the build class compile the target graph into pipelines, how a pipeline
/// is written and which waste is worth a warning. A system is one folder under <c>CiSystems/</c> and one registration:
/// <c>[assembly: HostDetector(typeof(MySystem))]</c>.
/// </summary>
public interface ICiSystem : IHostDetector
{
    /// <summary>Whether <paramref name="buildType"/> declares this system's attributes.</summary>
    bool IsConfigured(Type buildType);

    /// <summary>The pipelines the build's attributes for this system describe.</summary>
    /// <exception cref="BuildConfigurationException">An attribute cannot be compiled; the message says what, where and what to do.</exception>
    IReadOnlyList<Pipeline> Compile(Type buildType, TargetGraph graph, CiGenerationSettings settings);

    /// <summary>The file text of <paramref name="pipeline"/>, checked against the system's environment facts.</summary>
    /// <exception cref="Pipelines.Validation.PipelineValidationException">The pipeline is invalid or a job cannot run where it is placed.</exception>
    string Write(Pipeline pipeline);

    /// <summary>Waste in <paramref name="pipelines"/> that still runs correctly.</summary>
    IReadOnlyList<string> Warnings(IReadOnlyList<Pipeline> pipelines);
}
