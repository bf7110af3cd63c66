using Slipway.Pipelines.Estimation;

namespace Slipway.Components.Timing;

/// <summary>The cost of one CI pipeline, as <c>PlanCi</c> prints it.</summary>
/// <param name="Key">Baseline key: the workflow file name, or <c>gitlab</c>.</param>
/// <param name="FilePath">The pipeline file.</param>
/// <param name="System">CI system the pipeline runs on.</param>
/// <param name="Jobs">Jobs in pipeline order.</param>
/// <param name="Estimate">Critical path, wall-clock, runner time and the serial alternative.</param>
/// <param name="OverheadSource">Why the setup overhead per job is what it is.</param>
/// <param name="BilledMinutes">Runner minutes with each job rounded up to a whole minute.</param>
/// <param name="SerialBilledMinutes">Billed minutes of the same targets in one job.</param>
public sealed record CiPlan(
    string Key, string FilePath, CiSystem System, IReadOnlyList<PlannedJob> Jobs, PipelineEstimate Estimate, string OverheadSource, int BilledMinutes, int SerialBilledMinutes)
{
    /// <summary>The kinds of run planned (those that start the same jobs share one plan); empty when the plan covers every job.</summary>
    public IReadOnlyList<PipelineKind> Kinds { get; init; } = [];

    /// <summary>Jobs of the pipeline this kind of run does not start, with why.</summary>
    public IReadOnlyList<(string Job, string Reason)> LeftOut { get; init; } = [];

    /// <summary>How many jobs the estimate lets run at once (<c>--ci-runners</c>); null: every ready job starts.</summary>
    public int? Runners { get; init; }
}
