using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using Serilog;
using Slipway.Logging;

namespace Slipway.Tooling;

/// <summary>
/// Runs tools: arguments as a list (no shell quoting to get wrong), output streamed to the log as it arrives,
/// secrets masked in the command line and the output, timeouts and cancellation that kill the whole process tree,
/// and failures that say what ran, how it ended and what it last printed.
/// </summary>
public sealed class ProcessRunner
{
    private readonly ILogger _log;
    private readonly SecretMasker _masker;
    private readonly string _defaultDirectory;

    /// <summary>Creates a runner.</summary>
    public ProcessRunner(ILogger log, SecretMasker masker, string defaultDirectory)
    {
        _log = log;
        _masker = masker;
        _defaultDirectory = defaultDirectory;
    }

    /// <summary>Runs <paramref name="spec"/> to completion.</summary>
    /// <exception cref="ProcessFailedException">Non-zero exit (unless disabled), timeout, or the program could not start.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled; the process tree was killed.</exception>
    public async Task<ProcessResult> RunAsync(ProcessSpec spec, CancellationToken cancellationToken = default)
    {
        var shown = _masker.Apply(CommandLineFormatter.Format(spec.FileName, spec.Arguments));
        var info = new ProcessStartInfo(spec.FileName)
        {
            WorkingDirectory = spec.WorkingDirectory ?? _defaultDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in spec.Arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in spec.Environment)
        {
            if (value is null)
            {
                info.Environment.Remove(key);
            }
            else
            {
                info.Environment[key] = value;
            }
        }

        _log.Information("> {CommandLine}", shown);
        var lines = new List<ProcessOutputLine>();
        var watch = Stopwatch.StartNew();
        using var process = new Process { StartInfo = info };
        void OnLine(string? text, bool isError)
        {
            if (text is null)
            {
                return;
            }

            lock (lines)
            {
                lines.Add(new ProcessOutputLine(isError, text));
            }

            if (spec.LogOutput)
            {
                _log.Information("{Line}", text);
            }
        }

        process.OutputDataReceived += (_, e) => OnLine(e.Data, isError: false);
        process.ErrorDataReceived += (_, e) => OnLine(e.Data, isError: true);
        try
        {
            process.Start();
        }
        catch (Win32Exception ex)
        {
            throw new ProcessFailedException(
                $"Could not start '{spec.FileName}' ({ex.Message}) in {info.WorkingDirectory}. Check that it is installed and on PATH.", innerException: ex);
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (spec.StandardInput is not null)
        {
            await process.StandardInput.WriteAsync(spec.StandardInput);
        }

        process.StandardInput.Close();
        using var timeout = spec.Timeout is { } limit ? new CancellationTokenSource(limit) : new CancellationTokenSource();
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            await process.WaitForExitAsync(linked.Token);
            process.WaitForExit(); // Drains the redirected streams.
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
            if (cancellationToken.IsCancellationRequested)
            {
                throw;
            }

            var timedOut = Result(process.ExitCode);
            throw new ProcessFailedException(
                $"`{shown}` timed out after {spec.Timeout!.Value.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture)} s and was killed.{Tail(timedOut, spec.TailLines)}", timedOut);
        }

        var result = Result(process.ExitCode);
        if (result.ExitCode != 0 && spec.ThrowOnFailure)
        {
            throw new ProcessFailedException(
                $"`{shown}` failed with exit code {result.ExitCode} after {result.Duration.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s in {info.WorkingDirectory}.{Tail(result, spec.TailLines)}",
                result);
        }

        _log.Debug("exit code {ExitCode} after {Seconds:0.0} s", result.ExitCode, result.Duration.TotalSeconds);
        return result;

        ProcessResult Result(int exitCode)
        {
            lock (lines)
            {
                return new ProcessResult(shown, exitCode, [.. lines.Select(l => l with { Text = _masker.Apply(l.Text) })], watch.Elapsed);
            }
        }
    }

    private static string Tail(ProcessResult result, int count)
    {
        var tail = result.Output.TakeLast(count).Select(l => "  " + l.Text).ToList();
        return tail.Count == 0 ? " It printed nothing." : $" Last output:\n{string.Join('\n', tail)}";
    }
}
