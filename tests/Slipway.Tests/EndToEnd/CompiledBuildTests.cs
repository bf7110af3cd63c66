namespace Slipway.Tests.EndToEnd;

[Trait("Category", "EndToEnd")]
public sealed class CompiledBuildTests : IClassFixture<CompiledBuildFixture>
{
    private readonly CompiledBuildFixture _fixture;

    public CompiledBuildTests(CompiledBuildFixture fixture) => _fixture = fixture;

    [Fact]
    public async Task Default_target_succeeds_with_exit_0()
    {
        var (exitCode, output) = await _fixture.RunBuildAsync("--name", "Slipway");

        Assert.True(exitCode == 0, output);
        Assert.Contains("INF Hello, Slipway!", output, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^Hello\s+Succeeded\s", output);
        Assert.Contains("Build succeeded", output, StringComparison.Ordinal);
        Assert.True(File.Exists(_fixture.Directory.Combine(".nuke/temp/timings.json")));
    }

    [Fact]
    public async Task Failing_target_exits_1_with_its_message()
    {
        var (exitCode, output) = await _fixture.RunBuildAsync("Broken");

        Assert.True(exitCode == 1, output);
        Assert.Contains("Hello, world!", output, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^Broken\s+Failed\s+\S+\s+the disk is full$", output);
        Assert.Contains("Build failed", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_lists_targets_and_parameters_with_exit_0()
    {
        var (exitCode, output) = await _fixture.RunBuildAsync("--help");

        Assert.True(exitCode == 0, output);
        Assert.Matches(@"(?m)^  Hello \(default\)\s+Says hello$", output);
        Assert.Matches(@"(?m)^  Broken\s+Always fails$", output);
        Assert.Matches(@"--name <text>\s+Who to greet  \[not set\]", output);
    }

    [Fact]
    public async Task Unknown_target_exits_2()
    {
        var (exitCode, output) = await _fixture.RunBuildAsync("Helo");

        Assert.True(exitCode == 2, output);
        Assert.Contains("Unknown target 'Helo'. Did you mean Hello?", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("TERM")]
    [InlineData("INT")]
    public async Task A_signal_while_targets_run_cancels_them_prints_the_summary_and_exits_130(string signal)
    {
        using var build = _fixture.StartBuild("Later", "--max-parallel", "2");
        await build.WaitForLineAsync("Wait is running", TimeSpan.FromSeconds(30));
        await build.WaitForLineAsync("Tool running", TimeSpan.FromSeconds(30)); // The tool's own line, not its command line.
        var toolPid = int.Parse(File.ReadAllText(_fixture.Directory.Combine("tool.pid")).Trim(), System.Globalization.CultureInfo.InvariantCulture);

        build.Signal(signal);
        var (exitCode, output) = await build.WaitForExitAsync(TimeSpan.FromSeconds(30));

        Assert.True(exitCode == 130, $"exit {exitCode}:\n{output}");
        Assert.Contains("Wait observed cancellation", output, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^Wait\s+Failed\s+\S+\s+cancelled$", output);
        Assert.Matches(@"(?m)^Tool\s+Failed\s+\S+\s+cancelled$", output);
        Assert.Matches(@"(?m)^Later\s+NotRun\s+\S+\s+cancelled$", output);
        Assert.Contains("Build cancelled", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Later ran", output, StringComparison.Ordinal);
        Assert.False(IsAlive(toolPid), $"the tool (pid {toolPid}) still runs after the build exited");
    }

    private static bool IsAlive(int pid)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
