namespace Slipway.Benchmarks;

/// <summary>A benchmark whose result is rows of baseline-vs-Slipway medians, printed as one markdown table.</summary>
internal abstract class TableBenchmark : IBenchmark
{
    /// <inheritdoc />
    public abstract string Name { get; }

    /// <inheritdoc />
    public abstract string Description { get; }

    /// <inheritdoc />
    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var rows = await MeasureAsync(new BenchmarkArguments([.. args]));
        Console.Write(ResultTable.Render(rows));
        return 0;
    }

    /// <summary>Measures both sides and returns one row per comparison.</summary>
    protected abstract Task<IReadOnlyList<BenchmarkRow>> MeasureAsync(BenchmarkArguments arguments);
}
