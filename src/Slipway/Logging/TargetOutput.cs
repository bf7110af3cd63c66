using Slipway.Hosts;

namespace Slipway.Logging;

/// <summary>
/// The single writer all console output goes through: masks secrets, and keeps parallel targets readable. On a
/// terminal each line of a target is prefixed with its name; on CI a target's lines are buffered and written as
/// one group or section when it ends, so interleaved targets do not break the host's folding.
/// </summary>
public sealed class TargetOutput
{
    private readonly Lock _gate = new();
    private readonly TextWriter _writer;
    private readonly Host _host;
    private readonly SecretMasker _masker;
    private readonly Dictionary<string, List<string>> _buffers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateTimeOffset> _started = new(StringComparer.Ordinal);

    /// <summary>Creates the writer.</summary>
    public TargetOutput(TextWriter writer, Host host, SecretMasker masker, bool parallel)
    {
        _writer = writer;
        _host = host;
        _masker = masker;
        Parallel = parallel;
    }

    /// <summary>True when targets may run side by side, so lines need attributing.</summary>
    public bool Parallel { get; set; }

    private bool Buffering => Parallel && _host.IsCi;

    /// <summary>Writes a line for the current target (or none), masked.</summary>
    public void WriteLine(string line) => WriteLine(TargetScope.Current, line);

    /// <summary>Writes a line for <paramref name="target"/>, masked.</summary>
    public void WriteLine(string? target, string line)
    {
        var masked = _masker.Apply(line);
        lock (_gate)
        {
            if (target is not null && _buffers.TryGetValue(target, out var buffer))
            {
                buffer.Add(masked);
            }
            else if (target is not null && Parallel)
            {
                _writer.WriteLine($"[{target}] {masked}");
            }
            else
            {
                _writer.WriteLine(masked);
            }
        }
    }

    /// <summary>
    /// Writes a host annotation for the current target. Its parts are masked before the host escapes them: an
    /// escaped secret (<c>a%25b</c> on GitHub for <c>a%b</c>) would no longer match its mask.
    /// </summary>
    public void WriteAnnotation(AnnotationSeverity severity, string message, string? file = null, int? line = null, int? column = null, string? title = null) =>
        WriteLine(_host.Annotation(severity, _masker.Apply(message), MaskOrNull(file), line, column, MaskOrNull(title)));

    /// <summary>Writes a line that must not be masked (a host's mask command itself).</summary>
    public void WriteRaw(string line)
    {
        lock (_gate)
        {
            _writer.WriteLine(line);
        }
    }

    private string? MaskOrNull(string? text) => text is null ? null : _masker.Apply(text);

    /// <summary>Opens a target's block.</summary>
    public void BeginTarget(string target)
    {
        var now = DateTimeOffset.UtcNow;
        lock (_gate)
        {
            _started[target] = now;
            if (Buffering)
            {
                _buffers[target] = [];
            }
            else
            {
                _writer.WriteLine(_host.BeginGroup(target, now));
            }
        }
    }

    /// <summary>Closes a target's block, flushing its buffered lines as one group.</summary>
    public void EndTarget(string target)
    {
        var now = DateTimeOffset.UtcNow;
        lock (_gate)
        {
            if (_buffers.Remove(target, out var lines))
            {
                _writer.WriteLine(_host.BeginGroup(target, _started[target]));
                lines.ForEach(_writer.WriteLine);
            }

            if (_host.EndGroup(target, now) is { } end)
            {
                _writer.WriteLine(end);
            }

            _writer.Flush();
        }
    }
}
