using System.Globalization;
using Slipway.Hosts;
using Slipway.Tests.Support;
using Slipway.Tooling;

namespace Slipway.Tests.Tooling;

public sealed class ProcessRunnerTests : IDisposable
{
    private readonly TempDirectory _root = TempDirectory.ForBuild();
    private readonly TestOutput _output;
    private readonly ProcessRunner _runner;

    public ProcessRunnerTests()
    {
        _output = new TestOutput(new TerminalHost(_root.Path));
        _runner = new ProcessRunner(_output.Log, _output.Secrets, _root.Path);
    }

    public void Dispose() => _root.Dispose();

    private static ProcessSpec PrintArguments(params string[] arguments) =>
        ProcessSpec.Of("sh", ["-c", "printf '%s\\n' \"$@\"", "sh", .. arguments]);

    [Fact]
    public async Task Arguments_reach_the_process_unchanged()
    {
        string[] arguments = ["two words", "it's \"quoted\"", "$HOME", "`date`", "*", "", "back\\slash"];
        var result = await _runner.RunAsync(PrintArguments(arguments));

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(arguments, result.Output.Select(l => l.Text));
    }

    [Fact]
    public async Task Output_is_streamed_to_the_log_and_kept_by_stream()
    {
        var result = await _runner.RunAsync(ProcessSpec.Of("sh", "-c", "echo out; echo err >&2"));

        Assert.Equal("out", result.StandardOutput);
        Assert.Equal("err", result.StandardError);
        Assert.Contains(_output.Lines, l => l.EndsWith(" INF out", StringComparison.Ordinal));
        Assert.Contains(_output.Lines, l => l.EndsWith(" INF err", StringComparison.Ordinal));
        Assert.Contains(_output.Lines, l => l.EndsWith(" INF > sh -c 'echo out; echo err >&2'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Working_directory_environment_and_standard_input_are_applied()
    {
        Directory.CreateDirectory(_root.Combine("sub"));
        var spec = ProcessSpec.Of("sh", "-c", "pwd; echo \"$GREETING\"; cat") with
        {
            WorkingDirectory = _root.Combine("sub"),
            Environment = new Dictionary<string, string?>(StringComparer.Ordinal) { ["GREETING"] = "hello" },
            StandardInput = "from stdin",
        };
        var result = await _runner.RunAsync(spec);

        Assert.Equal([_root.Combine("sub"), "hello", "from stdin"], result.Output.Select(l => l.Text));
    }

    [Fact]
    public async Task Non_zero_exit_throws_with_command_line_exit_code_and_last_lines()
    {
        var spec = ProcessSpec.Of("sh", "-c", "for i in 1 2 3 4 5; do echo line$i; done; exit 3") with { TailLines = 2 };
        var error = await Assert.ThrowsAsync<ProcessFailedException>(() => _runner.RunAsync(spec));

        Assert.Contains("`sh -c 'for i in 1 2 3 4 5; do echo line$i; done; exit 3'` failed with exit code 3", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("Last output:\n  line4\n  line5", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("line3", error.Message, StringComparison.Ordinal);
        Assert.Equal(3, error.Result!.ExitCode);
    }

    [Fact]
    public async Task Non_zero_exit_can_be_returned_instead_of_thrown()
    {
        var result = await _runner.RunAsync(ProcessSpec.Of("sh", "-c", "exit 4") with { ThrowOnFailure = false });

        Assert.Equal(4, result.ExitCode);
    }

    [Fact]
    public async Task Secrets_are_masked_in_the_command_line_output_and_failure()
    {
        _output.Secrets.Add("hunter2");
        var spec = ProcessSpec.Of("sh", "-c", "echo \"password=$1\"; exit 1", "sh", "hunter2");
        var error = await Assert.ThrowsAsync<ProcessFailedException>(() => _runner.RunAsync(spec));

        Assert.DoesNotContain("hunter2", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", _output.Text, StringComparison.Ordinal);
        Assert.Contains("password=***", error.Message, StringComparison.Ordinal);
        Assert.Contains("sh ***", error.Result!.CommandLine, StringComparison.Ordinal);
        Assert.Equal("password=***", error.Result.StandardOutput);
        Assert.Contains(_output.Lines, l => l.EndsWith("INF password=***", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Timeout_kills_the_whole_process_tree()
    {
        var spec = ProcessSpec.Of("sh", "-c", "sleep 300 & echo $!; wait") with { Timeout = TimeSpan.FromSeconds(1) };
        var error = await Assert.ThrowsAsync<ProcessFailedException>(() => _runner.RunAsync(spec));

        Assert.Contains("timed out after 1 s and was killed", error.Message, StringComparison.Ordinal);
        var child = int.Parse(error.Result!.StandardOutput.Trim(), CultureInfo.InvariantCulture);
        Assert.True(await IsGoneAsync(child), $"child sleep {child} still runs");
    }

    [Fact]
    public async Task Cancellation_kills_the_process_tree_and_throws()
    {
        using var cancellation = new CancellationTokenSource();
        var ready = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var spec = ProcessSpec.Of("sh", "-c", "sleep 300 & echo $!; wait");
        var output = new TestOutput(new TerminalHost(_root.Path));
        var runner = new ProcessRunner(new Serilog.LoggerConfiguration().WriteTo.Sink(new PidSink(ready)).CreateLogger(), output.Secrets, _root.Path);

        var running = runner.RunAsync(spec, cancellation.Token);
        var child = await ready.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.True(await IsGoneAsync(child), $"child sleep {child} still runs");
    }

    [Fact]
    public async Task Missing_program_is_a_clear_error()
    {
        var error = await Assert.ThrowsAsync<ProcessFailedException>(() => _runner.RunAsync(ProcessSpec.Of("slipway-no-such-program", "x")));

        Assert.StartsWith("Could not start 'slipway-no-such-program'", error.Message, StringComparison.Ordinal);
        Assert.Contains("Check that it is installed and on PATH", error.Message, StringComparison.Ordinal);
        Assert.Null(error.Result);
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("two words", "'two words'")]
    [InlineData("it's", "'it'\\''s'")]
    [InlineData("", "''")]
    [InlineData("--flag=a,b", "--flag=a,b")]
    public void Command_lines_are_shown_quoted_for_a_shell(string argument, string shown) =>
        Assert.Equal(shown, CommandLineFormatter.Quote(argument));

    [Fact]
    public void Tool_locator_finds_executables_on_PATH_only()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // Executable bits are a Unix notion.
        }

        var bin = Directory.CreateDirectory(_root.Combine("bin")).FullName;
        File.WriteAllText(Path.Combine(bin, "tool"), "#!/bin/sh\n");
        File.SetUnixFileMode(Path.Combine(bin, "tool"), UnixFileMode.UserRead | UnixFileMode.UserExecute);
        File.WriteAllText(Path.Combine(bin, "notexec"), "");
        var locator = new PathToolLocator(new Dictionary<string, string>(StringComparer.Ordinal) { ["PATH"] = bin });

        Assert.Equal(Path.Combine(bin, "tool"), locator.Locate("tool"));
        Assert.Null(locator.Locate("notexec"));
        Assert.Null(locator.Locate("sh")); // Only the given PATH is searched.
    }

    /// <summary>True once the process is gone or a zombie (killed, waiting for a reaper that containers may lack).</summary>
    private static async Task<bool> IsGoneAsync(int pid)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var stat = $"/proc/{pid.ToString(CultureInfo.InvariantCulture)}/stat";
            string text;
            try
            {
                text = await File.ReadAllTextAsync(stat);
            }
            catch (IOException)
            {
                return true;
            }

            if (text[(text.LastIndexOf(')') + 2)..].StartsWith('Z'))
            {
                return true;
            }

            await Task.Delay(50);
        }

        return false;
    }

    /// <summary>Completes with the first output line that is a number: the pid the script printed.</summary>
    private sealed class PidSink(TaskCompletionSource<int> pid) : Serilog.Core.ILogEventSink
    {
        public void Emit(Serilog.Events.LogEvent logEvent)
        {
            if (int.TryParse(logEvent.RenderMessage(CultureInfo.InvariantCulture).Trim('"'), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
            {
                pid.TrySetResult(value);
            }
        }
    }
}
