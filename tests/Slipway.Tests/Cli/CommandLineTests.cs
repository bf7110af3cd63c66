using Slipway.Cli;
using Slipway.Logging;
using Slipway.Parameters;
using Slipway.Tests.Support;
using Slipway.Tests.TestBuilds;

namespace Slipway.Tests.Cli;

public sealed class CommandLineTests : IDisposable
{
    private readonly BuildHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    private static CommandLineOptions Parse(params string[] args) =>
        CommandLineParser.Parse(args, BuildParameter.Discover(typeof(ParameterBuild)));

    [Fact]
    public void Targets_options_and_parameters_are_separated()
    {
        var options = Parse("Test", "Pack", "--skip", "Lint", "--max-parallel", "3", "--verbosity", "verbose", "--workers", "2", "--no-cache", "--force", "Pack");

        Assert.Equal(["Test", "Pack"], options.Targets);
        Assert.Equal(["Lint"], options.Skip);
        Assert.Equal(3, options.MaxParallel);
        Assert.Equal(Verbosity.Verbose, options.Verbosity);
        Assert.True(options.NoCache);
        Assert.Equal(["Pack"], options.Force);
        Assert.Equal(["2"], options.Parameters["Workers"]);
    }

    [Fact]
    public void Skip_is_null_when_absent_and_empty_when_bare()
    {
        Assert.Null(Parse("Test").Skip);
        Assert.Empty(Parse("Test", "--skip")!.Skip!);
    }

    [Fact]
    public async Task Unknown_target_exits_2_with_the_closest_names()
    {
        var run = await _harness.RunAsync(new ChainBuild(), "Complie");

        Assert.Equal(2, run.ExitCode);
        run.AssertPrinted("error: Unknown target 'Complie'. Did you mean Compile?");
    }

    [Fact]
    public async Task A_cycle_through_ordering_relations_exits_2_before_any_target_runs()
    {
        var build = new OrderingCycleBuild();
        var run = await _harness.RunAsync(build, "A", "B");

        Assert.Equal(2, run.ExitCode);
        run.AssertPrinted("error: The targets form a cycle: A -> B -> C -> A (A.After(B), C.Before(B), A.Triggers(C)).");
        Assert.Empty(build.Ran);
    }

    [Fact]
    public async Task Unknown_option_exits_2_with_the_closest_option()
    {
        var run = await _harness.RunAsync(new ParameterBuild(), "Show", "--worker", "3");

        Assert.Equal(2, run.ExitCode);
        run.AssertPrinted("Unknown option or parameter '--worker'. Did you mean --workers?");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-2")]
    [InlineData("two")]
    public async Task Bad_max_parallel_exits_2(string value)
    {
        var run = await _harness.RunAsync(new ChainBuild(), "Lint", "--max-parallel", value);

        Assert.Equal(2, run.ExitCode);
        run.AssertPrinted($"--max-parallel: '{value}' is not a positive whole number");
    }

    [Fact]
    public async Task Bad_verbosity_exits_2_listing_the_levels()
    {
        var run = await _harness.RunAsync(new ChainBuild(), "Lint", "--verbosity", "loud");

        Assert.Equal(2, run.ExitCode);
        run.AssertPrinted("--verbosity: 'loud' is not a level. Use quiet, minimal, normal or verbose.");
    }

    [Fact]
    public async Task Help_lists_targets_with_descriptions_and_dependencies_and_hides_unlisted()
    {
        var run = await _harness.RunAsync(new ChainBuild(), ["--help"], b => ((ChainBuild)b).All, CancellationToken.None);

        Assert.Equal(0, run.ExitCode);
        var lines = run.Output.Split('\n').Select(l => l.TrimEnd()).ToList();
        Assert.Contains(lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^  All \(default\)\s+Everything$"));
        var test = lines.FindIndex(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^  Test\s+Runs the tests$"));
        Assert.True(test >= 0, run.Output);
        Assert.Matches(@"^\s+-> Compile$", lines[test + 1]);
        Assert.DoesNotContain("Internal", run.Output, StringComparison.Ordinal);
        run.AssertPrinted("--max-parallel <n>");
    }

    [Fact]
    public async Task Help_lists_parameters_with_type_and_where_the_value_came_from()
    {
        _harness.Environment["SLIPWAY_WORKERS"] = "8";
        _harness.Root.Write(".nuke/parameters.json", """{ "Registry": "file.io" }""");
        var run = await _harness.RunAsync(new ParameterBuild(), "--help", "--stage", "production");

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"--workers <whole number>\s+How many workers  \[8 from \$SLIPWAY_WORKERS\]", run.Output);
        Assert.Matches(@"--stage <development\|pre-production\|production>\s+Where to deploy  \[Production from --stage\]", run.Output);
        Assert.Matches(@"--registry <text>\s+Registry host  \[file\.io from .*parameters\.json \(Registry\)\]", run.Output);
        Assert.Matches(@"--platforms <list of text>\s+Platforms to build  \[not set\]", run.Output);
    }

    [Fact]
    public async Task Plan_prints_waves_and_skips_without_running()
    {
        var build = new ChainBuild();
        var run = await _harness.RunAsync(build, "Test", "Lint", "--plan", "--skip", "Restore");

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(build.Ran);
        Assert.Equal(
            ["Wave 1: Compile, Lint", "Wave 2: Test", "Skipped: Restore (skipped by --skip)"],
            run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task Missing_nuke_root_exits_2_with_what_to_do()
    {
        using var bare = new TempDirectory();
        using var writer = new StringWriter();
        var exit = await new BuildRunner(writer, _harness.Environment, bare.Path).RunAsync(new ChainBuild(), ["Lint"]);

        Assert.Equal(2, exit);
        Assert.Contains($"no .nuke directory in {bare.Path} or any parent", writer.ToString(), StringComparison.Ordinal);
        Assert.Contains("pass --root", writer.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Explicit_root_without_nuke_exits_2()
    {
        using var bare = new TempDirectory();
        var run = await _harness.RunAsync(new ChainBuild(), "Lint", "--root", bare.Path);

        Assert.Equal(2, run.ExitCode);
        run.AssertPrinted($"The build root {bare.Path} has no .nuke directory");
    }

    [Fact]
    public async Task Root_is_found_from_a_subdirectory()
    {
        var nested = Directory.CreateDirectory(_harness.Root.Combine("src/deep")).FullName;
        using var writer = new StringWriter();
        var exit = await new BuildRunner(writer, _harness.Environment, nested).RunAsync(new ChainBuild(), ["Lint"]);

        Assert.Equal(0, exit);
        Assert.True(File.Exists(_harness.Root.Combine(".nuke/temp/timings.json")));
    }

    [Fact]
    public async Task Unknown_force_target_exits_2()
    {
        var run = await _harness.RunAsync(new ChainBuild(), "Lint", "--force", "Lnt");

        Assert.Equal(2, run.ExitCode);
        run.AssertPrinted("Unknown target 'Lnt' in --force. Did you mean Lint?");
    }
}
