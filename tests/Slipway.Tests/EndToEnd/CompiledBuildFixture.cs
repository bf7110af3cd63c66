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

            // Cancellation: Wait waits on its token, Tool runs a tool that would sleep for minutes, Later needs both.
            public Target Wait => _ => _.Executes(async cancellationToken =>
            {
                Log.Information("Wait is running");
                try
                {
                    await Task.Delay(Timeout.Infinite, cancellationToken);
                }
                catch (OperationCanceledException)
                {
                    Log.Information("Wait observed cancellation");
                    throw;
                }
            });

            public Target Tool => _ => _.Executes(cancellationToken => Context.Processes.RunAsync(
                Slipway.Tooling.ProcessSpec.Of("sh", "-c", "echo $$ > tool.pid; printf 'Tool %s\\n' running; exec sleep 300"), cancellationToken));

            public Target Later => _ => _.DependsOn(Wait, Tool).Executes(() => Log.Information("Later ran"));
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

    /// <summary>
    /// Starts the compiled build with <paramref name="args"/> in the temp root, without waiting for it, with SIGINT and
    /// SIGTERM at their default handling as in a terminal's foreground job: a test host started in the background
    /// inherits SIGINT ignored, and a process that starts with it ignored never sees Ctrl-C.
    /// </summary>
    public RunningProcess StartBuild(params string[] args) =>
        RunningProcess.Start("env", ["--default-signal=INT,TERM", "dotnet", Dll, .. args], Directory.Path);

    private async Task<(int ExitCode, string Output)> RunProcessAsync(string fileName, IReadOnlyList<string> args, TimeSpan timeout)
    {
        using var process = RunningProcess.Start(fileName, args, Directory.Path);
        return await process.WaitForExitAsync(timeout);
    }
}
