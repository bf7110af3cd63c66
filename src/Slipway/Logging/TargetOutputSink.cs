using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Display;

namespace Slipway.Logging;

/// <summary>A Serilog sink that renders events with a message template and writes them through <see cref="TargetOutput"/>.</summary>
public sealed class TargetOutputSink : ILogEventSink
{
    private readonly TargetOutput _output;
    private readonly MessageTemplateTextFormatter _formatter;

    /// <summary>Creates the sink.</summary>
    public TargetOutputSink(TargetOutput output, string template)
    {
        _output = output;
        _formatter = new MessageTemplateTextFormatter(template, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <inheritdoc />
    public void Emit(LogEvent logEvent)
    {
        using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        _formatter.Format(logEvent, text);
        foreach (var line in text.ToString().TrimEnd('\r', '\n').Split('\n'))
        {
            _output.WriteLine(line.TrimEnd('\r'));
        }
    }
}
