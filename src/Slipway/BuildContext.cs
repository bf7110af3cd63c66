using Serilog;
using Slipway.Cli;
using Slipway.Graph;
using Slipway.Hosts;
using Slipway.Logging;
using Slipway.Parameters;
using Slipway.Tooling;

namespace Slipway;

/// <summary>Everything a run knows, handed to the build instead of global state.</summary>
public sealed class BuildContext
{
    /// <summary>Creates a context; <see cref="BuildRunner"/> does this once per run.</summary>
    public BuildContext(
        string rootDirectory,
        Host host,
        ILogger log,
        TargetOutput output,
        SecretMasker secrets,
        IReadOnlyDictionary<string, string> environment,
        CommandLineOptions options,
        CancellationToken cancellation)
    {
        RootDirectory = rootDirectory;
        Host = host;
        Log = log;
        Output = output;
        Secrets = secrets;
        Environment = environment;
        Options = options;
        Cancellation = cancellation;
        Processes = new ProcessRunner(log, secrets, rootDirectory);
        Tools = new PathToolLocator(environment);
    }

    /// <summary>The directory holding <c>.nuke</c>.</summary>
    public string RootDirectory { get; }

    /// <summary><c>.nuke/temp</c>: scratch space, ignored by git.</summary>
    public string TemporaryDirectory => Path.Combine(RootDirectory, ".nuke", "temp");

    /// <summary>Where the build runs.</summary>
    public Host Host { get; }

    /// <summary>The run's logger.</summary>
    public ILogger Log { get; }

    /// <summary>The console writer (for host commands such as annotations).</summary>
    public TargetOutput Output { get; }

    /// <summary>The secret masker.</summary>
    public SecretMasker Secrets { get; }

    /// <summary>Environment variables at start.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; }

    /// <summary>The parsed command line.</summary>
    public CommandLineOptions Options { get; }

    /// <summary>Signalled by Ctrl-C.</summary>
    public CancellationToken Cancellation { get; }

    /// <summary>Runs tools.</summary>
    public ProcessRunner Processes { get; }

    /// <summary>Finds tools; the build may replace it (for example with a mise-aware locator).</summary>
    public IToolLocator Tools { get; set; }

    /// <summary>Every target of the build.</summary>
    public TargetGraph Graph { get; internal set; } = null!;

    /// <summary>Resolved parameter values by name.</summary>
    public IReadOnlyDictionary<string, ParameterValue> Parameters { get; internal set; } = new Dictionary<string, ParameterValue>(StringComparer.Ordinal);

    /// <summary>True on a developer's machine.</summary>
    public bool IsLocal => !Host.IsCi;

    /// <summary>A path under the root, from forward-slash relative parts.</summary>
    public string PathTo(string relative) => Path.Combine(RootDirectory, relative.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>Writes an annotation (GitHub <c>::error</c>/<c>::warning</c>, a highlighted line elsewhere).</summary>
    public void Annotate(AnnotationSeverity severity, string message, string? file = null, int? line = null, int? column = null, string? title = null) =>
        Output.WriteAnnotation(severity, message, file, line, column, title);
}
