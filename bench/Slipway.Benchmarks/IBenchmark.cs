namespace Slipway.Benchmarks;

/// <summary>A named benchmark: measures a baseline and Slipway side by side and returns one row per comparison.</summary>
internal interface IBenchmark
{
    /// <summary>The command name, e.g. <c>startup</c>.</summary>
    string Name { get; }

    /// <summary>One line for the usage text.</summary>
    string Description { get; }

    /// <summary>Runs the benchmark with the arguments after its name.</summary>
    Task<IReadOnlyList<BenchmarkRow>> RunAsync(BenchmarkArguments arguments);
}
