using Slipway.Logging;

namespace Slipway.Cli;

/// <summary>What the command line asked for.</summary>
public sealed record CommandLineOptions
{
    /// <summary>Target names given.</summary>
    public IReadOnlyList<string> Targets { get; init; } = [];

    /// <summary>Null: no <c>--skip</c>; empty: bare <c>--skip</c>; otherwise the names to skip.</summary>
    public IReadOnlyList<string>? Skip { get; init; }

    /// <summary><c>--help</c>.</summary>
    public bool Help { get; init; }

    /// <summary><c>--plan</c>: print the waves and exit.</summary>
    public bool Plan { get; init; }

    /// <summary><c>--verbosity</c>.</summary>
    public Verbosity Verbosity { get; init; } = Verbosity.Normal;

    /// <summary>
    /// <c>--max-parallel</c>. By default the processor count, but at least 4: targets mostly wait on tools
    /// (which use every core themselves) or on the network, so two cores still run four targets well.
    /// </summary>
    public int MaxParallel { get; init; } = DefaultMaxParallel;

    /// <summary>The default of <see cref="MaxParallel"/>.</summary>
    public static int DefaultMaxParallel => Math.Max(Environment.ProcessorCount, 4);

    /// <summary><c>--no-cache</c>: run targets even when up to date.</summary>
    public bool NoCache { get; init; }

    /// <summary><c>--force</c>: targets to run even when up to date.</summary>
    public IReadOnlyList<string> Force { get; init; } = [];

    /// <summary><c>--root</c>: the build root, instead of searching for <c>.nuke</c>.</summary>
    public string? Root { get; init; }

    /// <summary>Tokens per build parameter name.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Parameters { get; init; } = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
}
