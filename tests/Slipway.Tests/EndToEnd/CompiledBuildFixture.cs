using System.Diagnostics;

namespace Slipway.Tests.EndToEnd;

/// <summary>
/// Compiles a tiny build program against the engine the tests were built with, once for the whole test class,
/// and runs it as a separate process the way <c>./build.sh</c> would.
/// </summary>
public sealed class CompiledBuildFixture : IAsyncLifetime
{
    private const string Program = """
        using Slipway;

        public sealed class Build : SlipwayBuild
        {
            public static int Main(string[] args) => Execute<Build>(args, x => x.Hello);

            [Parameter("Who to greet")]
            public string Name { get; set; } = "world";

            public Target Hello => _ => _.Description("Says hello").Executes(() => Log.Information("Hello, {Name}!", Name));

            public Target Broken => _ => _
                .Description("Always fails")
                .DependsOn(Hello)
                .Executes(() => throw new InvalidOperationException("the disk is full\nmore detail"));
        }
        """;

    public TempDirectory Directory { get; } = TempDirectory.ForBuild();

    private string Dll => Directory.Combine("out/e2ebuild.dll");

    public async Task InitializeAsync()
    {
        var engine = AppContext.BaseDirectory;
        var references = string.Join("\n", new[] { "Slipway", "Serilog", "System.CommandLine" }
            .Select(name => $"    <Reference Include=\"{Path.Combine(engine, name + ".dll")}\" />"));
        Directory.Write("e2ebuild.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
                <UseAppHost>false</UseAppHost>
              </PropertyGroup>
              <ItemGroup>
            {references}
              </ItemGroup>
            </Project>
            """);
        Directory.Write("Build.cs", Program);
        var (exitCode, output) = await RunProcessAsync("dotnet", ["build", "-c", "Release", "-o", "out", "--nologo", "-v", "q"], TimeSpan.FromMinutes(5));
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"dotnet build of the e2e build program failed ({exitCode}):\n{output}");
        }
    }

    public Task DisposeAsync()
    {
        Directory.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>Runs the compiled build with <paramref name="args"/> in the temp root.</summary>
    public Task<(int ExitCode, string Output)> RunBuildAsync(params string[] args) =>
        RunProcessAsync("dotnet", [Dll, .. args], TimeSpan.FromMinutes(1));

    private async Task<(int ExitCode, string Output)> RunProcessAsync(string fileName, IReadOnlyList<string> args, TimeSpan timeout)
    {
        var info = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = Directory.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        foreach (var ci in new[] { "GITHUB_ACTIONS", "GITLAB_CI", "NAME", "SLIPWAY_NAME", "NUKE_NAME" })
        {
            info.Environment.Remove(ci);
        }

        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return (process.ExitCode, await stdout + await stderr);
    }
}
