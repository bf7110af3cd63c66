using Slipway.Benchmarks;

// Each benchmark is a named command; add new ones to this list.
IBenchmark[] benchmarks = [new StartupBenchmark(), new ParallelBenchmark(), new IncrementalBenchmark(), new RegistryExistenceBenchmark(), new PartitionBenchmark()];

var selected = args.Length > 0 ? Array.Find(benchmarks, b => string.Equals(b.Name, args[0], StringComparison.Ordinal)) : null;
if (selected is null)
{
    Console.Error.WriteLine(args.Length == 0 ? "No benchmark named." : $"Unknown benchmark '{args[0]}'.");
    Console.Error.WriteLine("Usage: dotnet run -c Release --project bench/Slipway.Benchmarks -- <benchmark> [options]");
    foreach (var b in benchmarks)
    {
        Console.Error.WriteLine($"  {b.Name,-20} {b.Description}");
    }

    return 2;
}

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};
return await selected.RunAsync(args[1..], cancel.Token);
