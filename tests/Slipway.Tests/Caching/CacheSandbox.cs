using System.Text.Json;

namespace Slipway.Tests.Caching;

/// <summary>
/// A temporary build root with <c>.nuke/</c>, a small Go-like source tree, and a bin directory on PATH holding
/// <c>faketool</c>, a TEST DOUBLE script. Runs <see cref="CachingTestBuild"/> in-process with a fake environment.
/// </summary>
internal sealed class CacheSandbox : IDisposable
{
    public CacheSandbox()
    {
        Root = Directory.CreateTempSubdirectory("slipway-cache-").FullName;
        Directory.CreateDirectory(Path.Combine(Root, ".nuke"));
        Bin = Directory.CreateDirectory(Path.Combine(Root, "bin")).FullName;
        Write("go.mod", "module example.com/app\n");
        Write("src/main.go", "package main\n");
        Write("src/lib/lib.go", "package lib\n");
        Write("src/lib/lib_test.go", "package lib\n");
        Write("flaky/input.txt", "ok");
        Write("self/input.txt", "v1");
        WriteTool("#!/bin/sh\necho one\n");
        Environment = new Dictionary<string, string>(StringComparer.Ordinal) { ["PATH"] = Bin, ["CGO_ENABLED"] = "0" };
    }

    public string Root { get; }

    public string Bin { get; }

    public Dictionary<string, string> Environment { get; }

    public string Platform { get; set; } = "linux x64 test-rid";

    public string Output { get; private set; } = "";

    public void Write(string relative, string content)
    {
        var path = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }

    public void WriteTool(string script)
    {
        var path = Path.Combine(Bin, "faketool");
        File.WriteAllText(path, script);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    /// <summary>Runs the build; returns the targets whose actions ran.</summary>
    public async Task<List<string>> Run(params string[] args) => (await RunWithExitCode(0, args)).Runs;

    public async Task<CachingTestBuild> RunWithExitCode(int expectedExitCode, params string[] args)
    {
        var build = new CachingTestBuild(Platform);
        using var writer = new StringWriter();
        var exitCode = await new BuildRunner(writer, Environment, Root).RunAsync(build, args);
        Output = writer.ToString();
        Assert.True(exitCode == expectedExitCode, $"exit code {exitCode}, expected {expectedExitCode}:\n{Output}");
        return build;
    }

    public string RecordPath(string target) => Path.Combine(Root, ".nuke", "temp", "cache", target + ".json");

    public string RecordedHash(string target)
    {
        using var record = JsonDocument.Parse(File.ReadAllText(RecordPath(target)));
        return record.RootElement.GetProperty("Inputs").GetProperty("Hash").GetString()!;
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
