using System.Diagnostics;

namespace Slipway.Clients.Tests.Example;

/// <summary>Runs the real Go toolchain (Debian golang-go) offline, and finds the repository root holding the example program.</summary>
internal static class GoTool
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static ProcessResult Run(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] arguments) =>
        Exec("go", workingDirectory, environment, arguments);

    public static ProcessResult Exec(string fileName, string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] arguments)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Offline and local: never reach for a module proxy or a newer toolchain.
        start.Environment["GOPROXY"] = "off";
        start.Environment["GOTOOLCHAIN"] = "local";
        start.Environment["GOFLAGS"] = "-mod=mod";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {fileName}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', arguments)} did not finish in 5 minutes");
        }

        return new ProcessResult(process.ExitCode, stdout.Result, stderr.Result);
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "go.mod")) && File.Exists(Path.Combine(dir.FullName, "Slipway.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("repository root (go.mod next to Slipway.slnx) not found above " + AppContext.BaseDirectory);
    }
}

internal sealed record ProcessResult(int ExitCode, string Stdout, string Stderr);

/// <summary>A temporary directory removed on dispose.</summary>
internal sealed class ScratchDirectory : IDisposable
{
    public ScratchDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "slipway-clients-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Write(string relativePath, string content)
    {
        var full = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content);
        return full;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover temp directory must not fail a test.
        }
    }
}
