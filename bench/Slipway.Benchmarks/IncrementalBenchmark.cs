namespace Slipway.Benchmarks;

/// <summary>
/// <c>go vet</c>, <c>go test -count=1</c> and <c>go build</c> on a small Go module with declared inputs: a run with
/// no Slipway record (Go's own build cache warm, so the baseline is what a rerun costs without Slipway's cache)
/// against an unchanged rerun. Each round uses a fresh copy of the module. Options: <c>--rounds 3</c>.
/// </summary>
internal sealed class IncrementalBenchmark : TableBenchmark
{
    public override string Name => "incremental";

    public override string Description => "go vet/test/build with declared inputs: run without a record vs unchanged rerun";

    protected override async Task<IReadOnlyList<BenchmarkRow>> MeasureAsync(BenchmarkArguments arguments)
    {
        var rounds = arguments.Get("rounds", 3);
        using var cacheRoot = new SampleRoot();
        var goCache = Path.Combine(cacheRoot.Path, "gocache");
        using (var warmUp = new SampleRoot())
        {
            GoSampleModule.WriteTo(warmUp.Path);
            await warmUp.RunAsync(new IncrementalSampleBuild(goCache), "All");
        }

        var cold = new List<TimeSpan>();
        var unchanged = new List<TimeSpan>();
        for (var i = 0; i < rounds; i++)
        {
            using var root = new SampleRoot();
            GoSampleModule.WriteTo(root.Path);
            cold.Add(await Measure.TimeAsync(() => root.RunAsync(new IncrementalSampleBuild(goCache), "All")));
            unchanged.Add(await Measure.TimeAsync(() => root.RunAsync(new IncrementalSampleBuild(goCache), "All")));
        }

        return [new("incremental: unchanged rerun", "run without a record (go cache warm)", Measure.Median(cold), Measure.Median(unchanged), rounds)];
    }
}
