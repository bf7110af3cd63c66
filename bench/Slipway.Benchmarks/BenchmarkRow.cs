namespace Slipway.Benchmarks;

/// <summary>One comparison: medians of the baseline and of Slipway over the same rounds.</summary>
/// <param name="Benchmark">What was measured.</param>
/// <param name="Baseline">What Slipway is compared with.</param>
/// <param name="BaselineMedian">Median duration of the baseline.</param>
/// <param name="SlipwayMedian">Median duration of Slipway.</param>
/// <param name="Rounds">Rounds measured (after a warm-up).</param>
internal sealed record BenchmarkRow(string Benchmark, string Baseline, TimeSpan BaselineMedian, TimeSpan SlipwayMedian, int Rounds)
{
    /// <summary>Slipway's median divided by the baseline's.</summary>
    public double Ratio => SlipwayMedian / BaselineMedian;
}
