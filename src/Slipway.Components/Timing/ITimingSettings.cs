using Slipway.Components.CiGeneration;
using Slipway.Pipelines.Model;

namespace Slipway.Components.Timing;

/// <summary>
/// What the timing targets share: where the baseline lives, how a regression is judged, and which CI pipelines the
/// build generates (<see cref="CiPipelines()"/>, the seam to the CI generator).
/// </summary>
public interface ITimingSettings : IBuild
{
    /// <summary>The baseline file, relative to the root (default <c>.nuke/baseline.json</c>).</summary>
    [Parameter("Timing baseline file (default .nuke/baseline.json)")]
    string? BaselineFile => this.GetParameter(() => BaselineFile);

    /// <summary>Allowed slowdown as a fraction of the baseline median (default 0.25).</summary>
    [Parameter("Allowed slowdown over the baseline median, as a fraction (default 0.25)")]
    double? TimingThreshold => this.GetParameter(() => TimingThreshold);

    /// <summary>Whether a regression or an exceeded budget warns (default) or fails the target.</summary>
    [Parameter("warn (default) or fail: what a timing regression or an exceeded runner-minute budget does")]
    TimingGate? TimingGate => this.GetParameter(() => TimingGate);

    /// <summary>The absolute path of the baseline file.</summary>
    string BaselinePath => Context.PathTo(BaselineFile ?? Baseline.DefaultPath);

    /// <summary>
    /// The CI pipelines this build generates: GitHub workflows (baseline key: the workflow file name) and the GitLab
    /// pipeline (<c>.gitlab-ci.yml</c>, key <c>gitlab</c>). By default compiled from the build's
    /// CI attributes (every registered CI system's) when it implements <see cref="IGenerateCi"/>;
    /// empty otherwise.
    /// </summary>
    IReadOnlyList<Pipeline> CiPipelines() => CiPipelines(null);

    /// <summary>The pipelines compiled with the generator's settings changed by <paramref name="adjust"/> (e.g. every partition optimised).</summary>
    IReadOnlyList<Pipeline> CiPipelines(Func<CiGenerationSettings, CiGenerationSettings>? adjust)
    {
        if (this is not IGenerateCi generator)
        {
            return [];
        }

        var settings = adjust is null ? generator.CiSettings() : adjust(generator.CiSettings());
        return [.. CiFileGenerator.Systems(GetType()).SelectMany(s => s.Compile(GetType(), Context.Graph, settings))];
    }
}
