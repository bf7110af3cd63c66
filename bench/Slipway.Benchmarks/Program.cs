namespace Slipway.Benchmarks;

/// <summary>Dispatches <c>args[0]</c> to the benchmark of that name and prints its markdown table.</summary>
internal static class Program
{
    private static readonly IBenchmark[] Benchmarks = [new StartupBenchmark(), new ParallelBenchmark(), new IncrementalBenchmark()];

    private static async Task<int> Main(string[] args)
    {
        var benchmark = args.Length > 0 ? Benchmarks.FirstOrDefault(b => string.Equals(b.Name, args[0], StringComparison.Ordinal)) : null;
        if (benchmark is null)
        {
            await Console.Error.WriteLineAsync("usage: Slipway.Benchmarks <name> [--option value ...]\n"
                + string.Join('\n', Benchmarks.Select(b => $"  {b.Name,-12} {b.Description}")));
            return 2;
        }

        var rows = await benchmark.RunAsync(new BenchmarkArguments(args[1..]));
        Console.Write(ResultTable.Render(rows));
        return 0;
    }
}
