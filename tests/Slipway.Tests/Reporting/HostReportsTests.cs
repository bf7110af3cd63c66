
namespace Slipway.Tests.Reporting;

public sealed class HostReportsTests : IDisposable
{
    private readonly TempDirectory _root = new("slipway-reports");

    public HostReportsTests() => Directory.CreateDirectory(_root.Combine(".nuke"));

    public void Dispose() => _root.Dispose();

    private sealed class SmallBuild : SlipwayBuild
    {
        public Target Compile => _ => _.Executes(() => Thread.Sleep(20));

        public Target Pack => _ => _.DependsOn(Compile).Executes(() => { });
    }

    private async Task<(int Exit, string Output)> RunAsync(Dictionary<string, string> environment)
    {
        using var output = new StringWriter();
        var exit = await new BuildRunner(output, environment, _root.Path).RunAsync(new SmallBuild(), ["Pack"]);
        return (exit, output.ToString());
    }

    [Fact]
    public async Task GitHub_Actions_runs_append_the_target_table_to_the_step_summary()
    {
        var summary = _root.Write("summary.md", "");
        var (exit, _) = await RunAsync(new(StringComparer.Ordinal) { ["GITHUB_ACTIONS"] = "true", ["GITHUB_JOB"] = "pack", ["GITHUB_STEP_SUMMARY"] = summary });

        Assert.Equal(0, exit);
        var text = File.ReadAllText(summary);
        Assert.StartsWith("### Slipway pack: succeeded in ", text, StringComparison.Ordinal);
        Assert.Matches(@"\n\| Compile \| Succeeded \| 0:00\.\d \|  \|\n\| Pack \| Succeeded \|", text);
        Assert.False(File.Exists(_root.Combine(".nuke", "temp", "timings.env")));
    }

    [Fact]
    public async Task GitLab_runs_write_the_dotenv_report_next_to_timings_json()
    {
        var (exit, _) = await RunAsync(new(StringComparer.Ordinal) { ["GITLAB_CI"] = "true", ["CI_JOB_NAME"] = "pack" });

        Assert.Equal(0, exit);
        var lines = File.ReadAllLines(_root.Combine(".nuke", "temp", "timings.env"));
        Assert.Matches(@"^SLIPWAY_JOB_DURATION_SECONDS=\d+(\.\d+)?$", lines[0]);
        Assert.Equal("SLIPWAY_JOB_STATUS=succeeded", lines[1]);
        Assert.Matches(@"^SLIPWAY_TARGET_COMPILE_SECONDS=0\.0[1-9]\d*$", lines[2]);
        Assert.StartsWith("SLIPWAY_TARGET_PACK_SECONDS=", lines[3], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_terminal_run_writes_neither_report()
    {
        var (exit, _) = await RunAsync(new(StringComparer.Ordinal));

        Assert.Equal(0, exit);
        Assert.True(File.Exists(_root.Combine(".nuke", "temp", "timings.json")));
        Assert.False(File.Exists(_root.Combine(".nuke", "temp", "timings.env")));
    }

    [Fact]
    public async Task An_unwritable_step_summary_is_a_warning_not_a_failed_build()
    {
        var directory = _root.Combine("not-a-file");
        Directory.CreateDirectory(directory);

        var (exit, output) = await RunAsync(new(StringComparer.Ordinal) { ["GITHUB_ACTIONS"] = "true", ["GITHUB_STEP_SUMMARY"] = directory });

        Assert.Equal(0, exit);
        Assert.Contains($"::warning::Could not write the job summary ({directory}):", output, StringComparison.Ordinal);
    }
}
