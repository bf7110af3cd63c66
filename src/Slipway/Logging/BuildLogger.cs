using Serilog;
using Serilog.Events;

namespace Slipway.Logging;

/// <summary>Creates the Serilog logger a run uses, writing through <see cref="TargetOutput"/>.</summary>
public static class BuildLogger
{
    /// <summary>The logger for <paramref name="verbosity"/>. Warnings and errors carry their level; other lines are plain.</summary>
    public static ILogger Create(TargetOutput output, Verbosity verbosity) =>
        new LoggerConfiguration()
            .MinimumLevel.Is(verbosity switch
            {
                Verbosity.Quiet => LogEventLevel.Error,
                Verbosity.Minimal => LogEventLevel.Warning,
                Verbosity.Normal => LogEventLevel.Information,
                _ => LogEventLevel.Verbose,
            })
            .WriteTo.Sink(new TargetOutputSink(output, "{Timestamp:HH:mm:ss} {Level:u3} {Message:lj}{NewLine}{Exception}"))
            .CreateLogger();
}
