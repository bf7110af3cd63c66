using System.Runtime.InteropServices;
using Serilog;
using Slipway.Caching;
using Slipway.Execution;
using Slipway.Hosts;

namespace Slipway;

/// <summary>
/// Base class of a build (NUKE's <c>NukeBuild</c>): declare <see cref="Target"/> properties and <c>[Parameter]</c>
/// members, implement component interfaces, and call <see cref="Execute{T}"/> from <c>Main</c>.
/// </summary>
public abstract class SlipwayBuild : IBuild
{
    /// <inheritdoc />
    public BuildContext Context { get; internal set; } = null!;

    /// <summary>The directory holding <c>.nuke</c>.</summary>
    public string RootDirectory => Context.RootDirectory;

    /// <summary>Where the build runs.</summary>
    public Host Host => Context.Host;

    /// <summary>The run's logger.</summary>
    public ILogger Log => Context.Log;

    /// <summary>
    /// Runs the build from <c>Main</c>: Ctrl-C and SIGTERM cancel gracefully (running targets finish or are
    /// cancelled, the summary is printed); a second Ctrl-C ends the process. Returns the exit code.
    /// </summary>
    public static int Execute<T>(string[] args, Func<T, Target>? defaultTarget = null)
        where T : SlipwayBuild, new()
    {
        using var cancellation = new CancellationTokenSource();
        void OnCancel(object? sender, ConsoleCancelEventArgs e)
        {
            e.Cancel = !cancellation.IsCancellationRequested;
            cancellation.Cancel();
        }

        Console.CancelKeyPress += OnCancel;
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            cancellation.Cancel();
        });
        try
        {
            var environment = System.Environment.GetEnvironmentVariables()
                .Cast<System.Collections.DictionaryEntry>()
                .ToDictionary(e => (string)e.Key, e => (string?)e.Value ?? "", StringComparer.Ordinal);
            var run = new BuildRunner(Console.Out, environment, System.Environment.CurrentDirectory);
            return run.RunAsync(new T(), args, defaultTarget is null ? null : b => defaultTarget((T)b), cancellation.Token).GetAwaiter().GetResult();
        }
        finally
        {
            Console.CancelKeyPress -= OnCancel;
        }
    }

    /// <summary>Called after parameters are set and before targets are planned (for example to replace <see cref="BuildContext.Tools"/>).</summary>
    protected internal virtual void OnBuildInitialized()
    {
    }

    /// <summary>Called after the run, before the process exits.</summary>
    protected internal virtual void OnBuildFinished(RunResult result)
    {
    }

    /// <summary>
    /// The up-to-date check for targets with declared inputs (not called with <c>--no-cache</c>): an
    /// <see cref="InputHashCache"/> by default; override to change it, or return null to run every target.
    /// </summary>
    protected internal virtual IUpToDateCheck? CreateUpToDateCheck() => new InputHashCache(Context, GetType());
}
