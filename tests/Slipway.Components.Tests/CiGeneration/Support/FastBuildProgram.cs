using Xunit;

namespace Slipway.Components.Tests.CiGeneration.Support;

/// <summary>
/// A real build program with fast targets, compiled once per test class against the Slipway assemblies of this test
/// run. Its repository's build.sh is a TEST DOUBLE of the bootstrap: instead of compiling, the <c>--help</c> call of
/// the build-program job records where the compiled program is in <c>.nuke/temp/build-bin</c>, and every other job
/// finds the program only through that directory, so the build-program artifact hand-off is exercised.
/// </summary>
public sealed class FastBuildProgram : IAsyncLifetime
{
    private const string Source = """
        using Slipway;
        using Slipway.Components.CiGeneration;
        using Slipway.Components.CiSystems.GitLab;

        [GitLab(OnMergeRequests = true, OnPushBranches = ["main"], InvokedTargets = ["Verify"], Image = "busybox", ImageProvides = ["bash", "dotnet-runtime", "dotnet-sdk"])]
        internal sealed class FastBuild : SlipwayBuild, IGenerateCi
        {
            public static int Main(string[] args) => Execute<FastBuild>(args);

            private string Out => Path.Combine(RootDirectory, "out", "app.txt");

            public Target Compile => _ => _.Produces("out/").Executes(() =>
            {
                Log.Information("Compile ran");
                Directory.CreateDirectory(Path.GetDirectoryName(Out)!);
                File.WriteAllText(Out, "compiled by Compile");
            });

            public Target Check => _ => _.Consumes(Compile, "out/").Executes(() => Log.Information("Check read: {Text}", File.ReadAllText(Out)));

            public Target Restore => _ => _.Executes(() => Log.Information("Restore ran"));

            public Target Unit => _ => _.DependsOn(Restore).Executes(() => Log.Information("Unit ran"));

            public Target Verify => _ => _.DependsOn(Check, Unit);
        }
        """;

    private readonly TempRepository _directory = new();

    /// <summary>Path of the compiled build program.</summary>
    public string Assembly => Path.Combine(_directory.Path, "bin", "FastBuild.dll");

    /// <summary>TEST DOUBLE of build.sh (see the class summary).</summary>
    public string BootstrapDouble => $$"""
        #!/bin/sh
        # TEST DOUBLE of the Slipway bootstrap: the real build.sh compiles build/ into .nuke/temp/build-bin; this one
        # points build-bin at a program the test fixture compiled, and fails when a job did not receive build-bin.
        set -eu
        export SLIPWAY_ROOT="$(pwd)"
        BIN=.nuke/temp/build-bin
        if [ "$*" = "--help" ]; then mkdir -p "$BIN"; echo '{{Assembly}}' > "$BIN/program"; fi
        [ -f "$BIN/program" ] || { echo "build.sh (test double): $BIN/program is missing: the build-program artifact was not handed on" >&2; exit 3; }
        exec dotnet "$(cat "$BIN/program")" "$@"
        """.Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";

    /// <summary>Environment for running the program in <paramref name="root"/>.</summary>
    public Dictionary<string, string> Environment(string root) => new(StringComparer.Ordinal)
    {
        ["SLIPWAY_ROOT"] = root,
        ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
        ["DOTNET_NOLOGO"] = "1",
    };

    public async Task InitializeAsync()
    {
        var references = string.Join("\n", Directory.GetFiles(AppContext.BaseDirectory, "*.dll")
            .Where(d => Path.GetFileName(d) is "Slipway.dll" or "Slipway.Components.dll" or "Slipway.Pipelines.dll" or "Slipway.Clients.dll"
                or "Serilog.dll" or "Serilog.Sinks.Console.dll" or "System.CommandLine.dll" or "YamlDotNet.dll" or "Polly.Core.dll")
            .Select(d => $"""    <Reference Include="{d}" />"""));
        _directory.Write("FastBuild.cs", Source);
        _directory.Write("FastBuild.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
            {references}
              </ItemGroup>
            </Project>
            """);
        var build = await ExternalTools.RunAsync("dotnet", _directory.Path, ["build", "-c", "Release", "-o", "bin", "--nologo", "-v", "quiet", "-tl:off"], timeoutSeconds: 300);
        Assert.True(build.ExitCode == 0, build.Output);
    }

    public Task DisposeAsync()
    {
        _directory.Dispose();
        return Task.CompletedTask;
    }
}
