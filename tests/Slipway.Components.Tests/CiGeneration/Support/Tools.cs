using System.Diagnostics;
using System.Text;
using Xunit;

namespace Slipway.Components.Tests.CiGeneration.Support;

/// <summary>External processes: the npm validators pinned in tests/tools, git, dotnet.</summary>
internal static class Tools
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>A validator from tests/tools; a missing install fails with the command that fixes it, never skips.</summary>
    public static string Validator(string name)
    {
        var path = System.IO.Path.Combine(RepositoryRoot, "tests", "tools", "node_modules", ".bin", name);
        Assert.True(System.IO.File.Exists(path), $"Validator '{name}' is not installed at {path}: run npm ci --prefix tests/tools");
        return path;
    }

    public static async Task<ToolResult> RunAsync(string fileName, string workingDirectory, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null, int timeoutSeconds = 300)
    {
        var start = new ProcessStartInfo(fileName) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        var gate = new Lock();
        process.OutputDataReceived += (_, e) => { lock (gate) { output.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (gate) { output.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(timeoutSeconds));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            Assert.Fail($"{fileName} {string.Join(' ', arguments)} did not finish within {timeoutSeconds} s:\n{output}");
        }

        process.WaitForExit(); // drain the output events
        lock (gate)
        {
            return new ToolResult(process.ExitCode, output.ToString());
        }
    }

    /// <summary>Commits everything on branch main with a local origin/main, as gitlab-ci-local expects.</summary>
    public static async Task InitializeGitAsync(string directory)
    {
        string[][] commands =
        [
            ["init", "-q", "-b", "main"], ["config", "user.email", "tests@slipway.invalid"], ["config", "user.name", "Slipway tests"],
            ["add", "-A"], ["commit", "-q", "-m", "pipeline under test"], ["remote", "add", "origin", "https://gitlab.com/slipway/slipway.git"],
            ["update-ref", "refs/remotes/origin/main", "HEAD"], ["symbolic-ref", "refs/remotes/origin/HEAD", "refs/remotes/origin/main"],
        ];
        foreach (var arguments in commands)
        {
            var result = await RunAsync("git", directory, arguments, timeoutSeconds: 60);
            Assert.True(result.ExitCode == 0, $"git {string.Join(' ', arguments)} failed:\n{result.Output}");
        }
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (System.IO.File.Exists(System.IO.Path.Combine(directory.FullName, "Slipway.slnx")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Slipway.slnx above {AppContext.BaseDirectory}.");
    }
}
