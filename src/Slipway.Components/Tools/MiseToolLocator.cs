using System.Collections.Concurrent;
using Serilog;
using Slipway.Tooling;

namespace Slipway.Components.Tools;

/// <summary>
/// Finds tools on PATH first, then through mise for tools pinned in the mise configuration: <c>mise which</c>, and when
/// the pinned version is not installed yet, <c>mise install &lt;tool&gt;</c> then <c>mise which</c> again. Results are
/// cached per run. Set it in <c>OnBuildInitialized</c>: <c>Context.Tools = new MiseToolLocator(Context);</c>.
/// </summary>
public sealed class MiseToolLocator : IToolLocator
{
    private static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(10);
    private readonly string _rootDirectory;
    private readonly PathToolLocator _path;
    private readonly ProcessRunner _processes;
    private readonly ILogger _log;
    private readonly ConcurrentDictionary<string, Lazy<string?>> _found = new(StringComparer.Ordinal);
    private readonly Lazy<MiseConfig> _config;

    /// <summary>Creates a locator for the build's root, environment and process runner.</summary>
    public MiseToolLocator(BuildContext context)
        : this(context.RootDirectory, context.Environment, context.Processes, context.Log)
    {
    }

    /// <summary>Creates a locator reading the mise configuration in <paramref name="rootDirectory"/>.</summary>
    public MiseToolLocator(string rootDirectory, IReadOnlyDictionary<string, string> environment, ProcessRunner processes, ILogger log)
    {
        _rootDirectory = rootDirectory;
        _path = new PathToolLocator(environment);
        _processes = processes;
        _log = log;
        // Read when a tool is first looked for, not when the build starts: `--help` needs no TOML parser.
        _config = new Lazy<MiseConfig>(() => MiseConfig.Load(rootDirectory));
    }

    /// <summary>The pins read from the mise configuration (read on first use).</summary>
    public MiseConfig Config => _config.Value;

    /// <inheritdoc />
    public string? Locate(string name) => _found.GetOrAdd(name, n => new Lazy<string?>(() => Find(n))).Value;

    private string? Find(string name)
    {
        var onPath = new[] { name }.Concat(KnownTools.AlternativeNames(name)).Select(_path.Locate).FirstOrDefault(p => p is not null);
        if (onPath is not null)
        {
            return onPath;
        }

        var tool = KnownTools.MiseToolFor(name);
        var pin = Config.PinOf(tool);
        var version = pin?.Version;
        var mise = version is null ? null : _path.Locate("mise");
        if (version is null || mise is null)
        {
            return null;
        }

        if (Which(mise, name) is { } installed)
        {
            return installed;
        }

        _log.Information("{Tool} {Version} is pinned in {Config} but not installed; installing it with mise", tool, version, pin!.Source);
        var install = Run(mise, ["install", tool], InstallTimeout, logOutput: true);
        if (install.ExitCode != 0)
        {
            _log.Warning("`mise install {Tool}` failed with exit code {ExitCode}: {Output}", tool, install.ExitCode, Tail(install));
            return null;
        }

        return Which(mise, name);
    }

    private string? Which(string mise, string name)
    {
        var which = Run(mise, ["which", name], TimeSpan.FromMinutes(1), logOutput: false);
        var path = which.StandardOutput.Trim();
        return which.ExitCode == 0 && path.Length > 0 && File.Exists(path) ? Path.GetFullPath(path) : null;
    }

    private ProcessResult Run(string mise, string[] arguments, TimeSpan timeout, bool logOutput)
    {
        var spec = new ProcessSpec(mise, arguments)
        {
            WorkingDirectory = _rootDirectory,
            ThrowOnFailure = false,
            LogOutput = logOutput,
            Timeout = timeout,
            // Non-interactive: no trust prompt for the project's own configuration, no confirmation prompts.
            Environment = new Dictionary<string, string?>(StringComparer.Ordinal) { ["MISE_TRUSTED_CONFIG_PATHS"] = _rootDirectory, ["MISE_YES"] = "1" },
        };
        try
        {
            // IToolLocator is synchronous; tools are located before targets run, outside any synchronization context.
            return _processes.RunAsync(spec).GetAwaiter().GetResult();
        }
        catch (ProcessFailedException ex)
        {
            _log.Warning("mise could not be run: {Message}", ex.Message);
            return new ProcessResult(mise, -1, [], TimeSpan.Zero);
        }
    }

    private static string Tail(ProcessResult result) => string.Join(" | ", result.Output.TakeLast(5).Select(l => l.Text));
}
