using System.Diagnostics;

namespace Slipway.Tests.EndToEnd;

/// <summary>
/// The real build.sh on a small repository laid out like this one (global.json, build/, src/Slipway): it compiles
/// the build program once, starts it directly afterwards, recompiles only when a build source changes, and fails
/// clearly when global.json asks for an SDK that is missing and cannot be downloaded.
/// </summary>
[Trait("Category", "EndToEnd")]
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")] // build.sh is the POSIX bootstrap; build.cmd covers Windows.
public sealed class BootstrapScriptTests : IDisposable
{
    private static readonly string RepositoryRoot = FindRepositoryRoot();
    private readonly TempDirectory _root = TempDirectory.ForBuild();

    public BootstrapScriptTests()
    {
        foreach (var file in new[] { "build.sh", "global.json", "Directory.Build.props", ".editorconfig" })
        {
            File.Copy(Path.Combine(RepositoryRoot, file), _root.Combine(file));
        }

        CopySources(Path.Combine(RepositoryRoot, "src", "Slipway"), _root.Combine("src/Slipway"));
        _root.Write("build/_build.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <AssemblyName>_build</AssemblyName>
                <NoWarn>$(NoWarn);CS1591</NoWarn>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="..\src\Slipway\Slipway.csproj" />
              </ItemGroup>
            </Project>
            """);
        WriteBuild(extraTarget: "");
    }

    public void Dispose() => _root.Dispose();

    [Fact]
    public async Task Compiles_once_starts_directly_after_and_recompiles_only_when_sources_change()
    {
        var first = await RunAsync("--help");
        Assert.True(first.ExitCode == 0, first.Output);
        Assert.Contains("compiling the build program", first.Output, StringComparison.Ordinal);
        Assert.Contains("Hello (default)", first.Output, StringComparison.Ordinal);

        var hash = await RunAsync("--source-hash");
        Assert.Equal(0, hash.ExitCode);
        Assert.Equal(File.ReadAllText(_root.Combine(".nuke/temp/build-bin/.source-hash")).Trim(), hash.Output.Trim()); // what CI keys the program's cache on
        Assert.True(int.Parse(File.ReadAllText(_root.Combine(".nuke/temp/build-bin/.compile-seconds")), System.Globalization.CultureInfo.InvariantCulture) >= 0);

        var second = await RunAsync("Hello");
        Assert.True(second.ExitCode == 0, second.Output);
        Assert.DoesNotContain("compiling", second.Output, StringComparison.Ordinal);
        Assert.Contains("hello from the e2e build", second.Output, StringComparison.Ordinal);
        Assert.Equal("cached", Slipway.Reporting.RunTimings.Read(_root.Combine(".nuke/temp/timings.json")).BuildProgram);

        var failing = await RunAsync("Fail");
        Assert.Equal(1, failing.ExitCode);
        Assert.Contains("Fail    Failed", failing.Output, StringComparison.Ordinal);
        var unknown = await RunAsync("Hellp");
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("Did you mean Hello", unknown.Output, StringComparison.Ordinal);

        WriteBuild(extraTarget: "private Target Added => _ => _.Description(\"added later\").Executes(() => { });");
        Assert.NotEqual(hash.Output.Trim(), (await RunAsync("--source-hash")).Output.Trim());
        var changed = await RunAsync("Hello");
        Assert.True(changed.ExitCode == 0, changed.Output);
        Assert.Contains("compiling the build program", changed.Output, StringComparison.Ordinal);
        Assert.Equal("compiled", Slipway.Reporting.RunTimings.Read(_root.Combine(".nuke/temp/timings.json")).BuildProgram);
        Assert.Contains("added later", (await RunAsync("--help")).Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_sdk_that_cannot_be_downloaded_fails_with_what_to_do()
    {
        _root.Write("global.json", """{ "sdk": { "version": "99.0.100", "rollForward": "latestFeature" } }""");
        // TEST DOUBLE: a curl that fails as it does offline, so the test never reaches for the network.
        _root.Write("fakebin/curl", "#!/bin/sh\necho 'curl: (6) Could not resolve host' >&2\nexit 6\n");
        File.SetUnixFileMode(_root.Combine("fakebin/curl"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        var run = await RunAsync(["--help"], pathPrefix: _root.Combine("fakebin"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("the .NET SDK 99.0.100 that global.json requires is not installed", run.Output, StringComparison.Ordinal);
        Assert.Contains("Install it from https://dotnet.microsoft.com/download", run.Output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_root.Combine(".nuke/temp/build-bin")), "no build program may be left behind");
    }

    private void WriteBuild(string extraTarget) => _root.Write("build/Build.cs", $$"""
        using Slipway;

        namespace E2E;

        internal sealed class Build : SlipwayBuild
        {
            public static int Main(string[] args) => Execute<Build>(args, x => x.Hello);

            private Target Hello => _ => _.Description("says hello").Executes(() => Log.Information("hello from the e2e build"));

            private Target Fail => _ => _.Executes(() => throw new InvalidOperationException("expected failure"));

            {{extraTarget}}
        }
        """);

    private Task<(int ExitCode, string Output)> RunAsync(params string[] args) => RunAsync(args, pathPrefix: null);

    private async Task<(int ExitCode, string Output)> RunAsync(string[] args, string? pathPrefix)
    {
        var info = new ProcessStartInfo(_root.Combine("build.sh")) { WorkingDirectory = _root.Path, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        foreach (var name in new[] { "GITHUB_ACTIONS", "GITLAB_CI", "SLIPWAY_ROOT" })
        {
            info.Environment.Remove(name);
        }

        if (pathPrefix is not null)
        {
            info.Environment["PATH"] = pathPrefix + Path.PathSeparator + info.Environment["PATH"];
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }

    private static void CopySources(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            if (relative.Split(Path.DirectorySeparatorChar)[0] is "bin" or "obj")
            {
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(to, relative))!);
            File.Copy(file, Path.Combine(to, relative));
        }
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "build.sh")) && File.Exists(Path.Combine(directory.FullName, "global.json")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Cannot find the repository root (build.sh) above " + AppContext.BaseDirectory);
    }
}
