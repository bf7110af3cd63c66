using System.Globalization;

namespace Slipway.Benchmarks;

/// <summary>
/// Three independent one-second targets: <c>--max-parallel 1</c> against the default (processor count) and against
/// <c>--max-parallel 3</c>. Options: <c>--rounds 3</c>.
/// </summary>
internal sealed class ParallelBenchmark : TableBenchmark
{
    public override string Name => "parallel";

    public override string Description => "three independent 1 s targets: default parallelism vs --max-parallel 1";

    protected override async Task<IReadOnlyList<BenchmarkRow>> MeasureAsync(BenchmarkArguments arguments)
    {
        var rounds = arguments.Get("rounds", 3);
        using var root = new SampleRoot();
        await root.RunAsync(new ParallelSampleBuild(), "All"); // Warm-up: JIT and reflection.
        var serial = await Measure.MedianAsync(rounds, () => root.RunAsync(new ParallelSampleBuild(), "All", "--max-parallel", "1"));
        var byDefault = await Measure.MedianAsync(rounds, () => root.RunAsync(new ParallelSampleBuild(), "All"));
        var three = await Measure.MedianAsync(rounds, () => root.RunAsync(new ParallelSampleBuild(), "All", "--max-parallel", "3"));
        return
        [
            new($"parallel: default (--max-parallel {Slipway.Cli.CommandLineOptions.DefaultMaxParallel.ToString(CultureInfo.InvariantCulture)})", "--max-parallel 1", serial, byDefault, rounds),
            new("parallel: --max-parallel 3", "--max-parallel 1", serial, three, rounds),
        ];
    }
}
