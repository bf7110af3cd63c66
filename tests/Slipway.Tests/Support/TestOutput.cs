using Serilog;
using Slipway.Hosts;
using Slipway.Logging;

namespace Slipway.Tests.Support;

/// <summary>A TargetOutput and logger writing into a StringWriter, for testing pieces without a whole run.</summary>
public sealed class TestOutput
{
    public TestOutput(Host host, bool parallel = false)
    {
        Writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        Output = new TargetOutput(TextWriter.Synchronized(Writer), host, Secrets, parallel);
        Log = BuildLogger.Create(Output, Verbosity.Normal);
    }

    public SecretMasker Secrets { get; } = new();

    public StringWriter Writer { get; }

    public TargetOutput Output { get; }

    public ILogger Log { get; }

    public string Text => Writer.ToString();

    public string[] Lines => Text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
}
