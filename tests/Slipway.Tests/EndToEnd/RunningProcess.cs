using System.Diagnostics;
using System.Text;

namespace Slipway.Tests.EndToEnd;

/// <summary>
/// A started process whose output is collected as it arrives, so a test can wait for a line, signal the process by
/// PID (as a terminal or a CI runner would) and then wait, bounded, for its exit. CI variables of the machine
/// running the tests are removed from its environment.
/// </summary>
public sealed class RunningProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly Lock _gate = new();
    private readonly List<(string Text, TaskCompletionSource Seen)> _waiters = [];

    private RunningProcess(Process process) => _process = process;

    /// <summary>Everything printed so far, stdout and stderr interleaved as received.</summary>
    public string Output
    {
        get
        {
            lock (_gate)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts <paramref name="fileName"/> with <paramref name="args"/> in <paramref name="directory"/>.</summary>
    public static RunningProcess Start(string fileName, IReadOnlyList<string> args, string directory)
    {
        var info = new ProcessStartInfo(fileName, args) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var ci in new[] { "GITHUB_ACTIONS", "GITLAB_CI", "NAME", "SLIPWAY_NAME", "NUKE_NAME" })
        {
            info.Environment.Remove(ci);
        }

        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        var running = new RunningProcess(new Process { StartInfo = info });
        running._process.OutputDataReceived += (_, e) => running.Append(e.Data);
        running._process.ErrorDataReceived += (_, e) => running.Append(e.Data);
        running._process.Start();
        running._process.BeginOutputReadLine();
        running._process.BeginErrorReadLine();
        return running;
    }

    /// <summary>Waits until a line containing <paramref name="text"/> was printed; fails with the output so far after <paramref name="timeout"/>.</summary>
    public async Task WaitForLineAsync(string text, TimeSpan timeout)
    {
        var seen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            if (_output.ToString().Contains(text, StringComparison.Ordinal))
            {
                return;
            }

            _waiters.Add((text, seen));
        }

        try
        {
            await seen.Task.WaitAsync(timeout);
        }
        catch (TimeoutException ex)
        {
            throw new Xunit.Sdk.XunitException($"'{text}' was not printed within {timeout.TotalSeconds} s. Output:\n{Output}", ex);
        }
    }

    /// <summary>Sends <paramref name="signal"/> (TERM, INT, ...) to the process.</summary>
    public void Signal(string signal) =>
        ExternalTool.Run("kill", "-s", signal, _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Waits for the exit and returns the exit code and the whole output; kills the tree after <paramref name="timeout"/>.</summary>
    public async Task<(int ExitCode, string Output)> WaitForExitAsync(TimeSpan timeout)
    {
        using var limit = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException ex)
        {
            _process.Kill(entireProcessTree: true);
            throw new Xunit.Sdk.XunitException($"The process did not exit within {timeout.TotalSeconds} s. Output:\n{Output}", ex);
        }

        _process.WaitForExit(); // Drains the redirected streams.
        return (_process.ExitCode, Output);
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_gate)
        {
            _output.Append(line).Append('\n');
            foreach (var waiter in _waiters.Where(w => line.Contains(w.Text, StringComparison.Ordinal)).ToList())
            {
                waiter.Seen.TrySetResult();
                _waiters.Remove(waiter);
            }
        }
    }
}
