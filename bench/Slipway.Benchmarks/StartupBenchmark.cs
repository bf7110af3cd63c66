namespace Slipway.Benchmarks;

/// <summary>
/// Time to <c>--help</c> with everything warm: the launcher script and the compiled build started directly, against
/// NUKE's bootstrap sequence on the same build project (<c>dotnet build</c>, then <c>dotnet run --no-build</c>).
/// Options: <c>--launcher ./build.sh</c>, <c>--project build/_build.csproj</c>, <c>--rounds 5</c>.
/// </summary>
internal sealed class StartupBenchmark : TableBenchmark
{
    public override string Name => "startup";

    public override string Description => "warm --help: launcher script and direct dll start vs dotnet build && dotnet run --no-build";

    protected override async Task<IReadOnlyList<BenchmarkRow>> MeasureAsync(BenchmarkArguments arguments)
    {
        var launcher = Path.GetFullPath(arguments.Get("launcher", "./build.sh"));
        var project = Path.GetFullPath(arguments.Get("project", "build/_build.csproj"));
        var rounds = arguments.Get("rounds", 5);
        if (!File.Exists(project))
        {
            throw new FileNotFoundException($"Build project {project} not found; pass --project <path to the build's .csproj>.");
        }

        await Measure.RunAsync("dotnet", "build", project, "--nologo", "-v", "q"); // Warm-up: both sides start from a built project.
        var dll = (await Measure.RunAsync("dotnet", "msbuild", project, "-getProperty:TargetPath")).Trim();
        var nuke = await Measure.MedianAsync(rounds, async () =>
        {
            await Measure.RunAsync("dotnet", "build", project, "--nologo", "-v", "q");
            await Measure.RunAsync("dotnet", "run", "--no-build", "--project", project, "--", "--help");
        });
        const string baseline = "dotnet build && dotnet run --no-build -- --help";
        var rows = new List<BenchmarkRow>
        {
            new("startup: dotnet <dll> --help", baseline, nuke, await Measure.MedianAsync(rounds, () => Measure.RunAsync("dotnet", dll, "--help")), rounds),
        };
        if (File.Exists(launcher))
        {
            await Measure.RunAsync(launcher, "--help");
            rows.Insert(0, new BenchmarkRow($"startup: {Path.GetFileName(launcher)} --help", baseline, nuke, await Measure.MedianAsync(rounds, () => Measure.RunAsync(launcher, "--help")), rounds));
        }
        else
        {
            await Console.Error.WriteLineAsync($"startup: launcher {launcher} not found; measured the direct dll start only (pass --launcher <script>).");
        }

        return rows;
    }
}
