using Slipway.Pipelines.Estimation;

namespace Slipway.Pipelines.Tests;

public class PipelineEstimatorTests
{
    private static readonly Dictionary<string, TimeSpan> Work = new(StringComparer.Ordinal)
    {
        ["lint"] = TimeSpan.FromMinutes(2),
        ["test"] = TimeSpan.FromMinutes(3),
        ["snapshot-build"] = TimeSpan.FromMinutes(4),
        ["docker-dry-run"] = TimeSpan.FromMinutes(2),
    };

    [Fact]
    public void Critical_path_wall_clock_runner_time_and_serial_figure()
    {
        var estimate = PipelineEstimator.Estimate(SamplePipelines.Ci(), Work, TimeSpan.FromMinutes(1));

        // snapshot-build 0-5, docker-dry-run 5-8, gate 8-9; lint ends at 3 and test at 4.
        Assert.Equal(["snapshot-build", "docker-dry-run", "validate-release"], estimate.CriticalPath);
        Assert.Equal(TimeSpan.FromMinutes(9), estimate.WallClock);
        Assert.Equal(TimeSpan.FromMinutes(11 + 5), estimate.RunnerTime);
        Assert.Equal(16, estimate.RunnerMinutes);
        Assert.Equal(TimeSpan.FromMinutes(1 + 11), estimate.Serial);
    }

    [Fact]
    public void With_two_runners_jobs_queue_in_pipeline_order()
    {
        var estimate = PipelineEstimator.Estimate(SamplePipelines.Ci(), Work, _ => TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1), runners: 2);

        // lint 0-3 and test 0-4 take both runners; snapshot-build 3-8, docker-dry-run 8-11, the gate 11-12.
        Assert.Equal(TimeSpan.FromMinutes(12), estimate.WallClock);
        Assert.Equal(["snapshot-build", "docker-dry-run", "validate-release"], estimate.CriticalPath);
        Assert.Equal(TimeSpan.FromMinutes(16), estimate.RunnerTime);
    }

    [Fact]
    public void One_runner_takes_as_long_as_every_job_in_turn()
    {
        var estimate = PipelineEstimator.Estimate(SamplePipelines.Ci(), Work, _ => TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1), runners: 1);

        Assert.Equal(estimate.RunnerTime, estimate.WallClock);
    }

    [Fact]
    public void Enough_runners_queue_nothing()
    {
        var unlimited = PipelineEstimator.Estimate(SamplePipelines.Ci(), Work, _ => TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1), runners: null);
        var plenty = PipelineEstimator.Estimate(SamplePipelines.Ci(), Work, _ => TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1), runners: 5);

        Assert.Equal(unlimited.WallClock, plenty.WallClock);
    }

    [Fact]
    public void No_runner_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => PipelineEstimator.Estimate(SamplePipelines.Ci(), Work, _ => TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1), runners: 0));
        Assert.Contains("0 is not a number of runners", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_slow_independent_job_takes_over_the_critical_path()
    {
        var work = new Dictionary<string, TimeSpan>(Work, StringComparer.Ordinal) { ["test"] = TimeSpan.FromMinutes(20) };
        var estimate = PipelineEstimator.Estimate(SamplePipelines.Ci(), work, TimeSpan.FromMinutes(1));
        Assert.Equal(["test", "validate-release"], estimate.CriticalPath);
        Assert.Equal(TimeSpan.FromMinutes(22), estimate.WallClock);
    }

    [Fact]
    public void A_job_without_an_estimate_is_named()
    {
        var work = new Dictionary<string, TimeSpan>(Work, StringComparer.Ordinal);
        work.Remove("lint");
        var error = Assert.Throws<ArgumentException>(() => PipelineEstimator.Estimate(SamplePipelines.Ci(), work, TimeSpan.FromMinutes(1)));
        Assert.Contains("'lint'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_gate_costs_its_own_overhead_not_a_full_set_up()
    {
        var estimate = PipelineEstimator.Estimate(SamplePipelines.Ci(), Work, j => j.Gate ? TimeSpan.FromSeconds(6) : TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));

        Assert.Equal(TimeSpan.FromMinutes(8) + TimeSpan.FromSeconds(6), estimate.WallClock);
        Assert.Equal(TimeSpan.FromMinutes(11 + 4) + TimeSpan.FromSeconds(6), estimate.RunnerTime);
        Assert.Equal(TimeSpan.FromMinutes(1 + 11), estimate.Serial); // one job pays one ordinary overhead
    }

    [Fact]
    public void A_negative_overhead_of_one_job_is_refused() =>
        Assert.Throws<ArgumentException>(() => PipelineEstimator.Estimate(SamplePipelines.Ci(), Work, j => j.Gate ? TimeSpan.FromSeconds(-1) : TimeSpan.Zero, TimeSpan.Zero));
}
