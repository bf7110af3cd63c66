namespace Slipway.Components.Timing;

/// <summary>The baseline of one pipeline: a GitHub workflow file, or <c>gitlab</c> for the GitLab pipeline.</summary>
/// <param name="Runs">Runs the numbers come from.</param>
/// <param name="WallClockSeconds">Per run: last job completed minus first job started.</param>
/// <param name="RunnerMinutes">Per run: billed runner minutes, each job rounded up to a whole minute (see <see cref="BaselineBuilder.BilledMinutes"/>).</param>
/// <param name="ExactRunnerMinutes">Per run: the exact sum of job durations, in minutes.</param>
/// <param name="Jobs">Per job, by job name.</param>
public sealed record PipelineBaseline(
    int Runs,
    SampleStats WallClockSeconds,
    SampleStats RunnerMinutes,
    SampleStats ExactRunnerMinutes,
    IReadOnlyDictionary<string, JobBaseline> Jobs);
