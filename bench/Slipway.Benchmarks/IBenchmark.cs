namespace Slipway.Benchmarks;

/// <summary>One named benchmark command.</summary>
internal interface IBenchmark
{
    /// <summary>The command name on the command line.</summary>
    string Name { get; }

    /// <summary>One line for the usage text.</summary>
    string Description { get; }

    /// <summary>Runs it with the remaining arguments; returns the exit code.</summary>
    Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken);
}
