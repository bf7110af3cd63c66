using Slipway.Tests.Support;
using Slipway.Tests.TestBuilds;

namespace Slipway.Tests.Parameters;

public sealed class ParameterInjectionTests : IDisposable
{
    private const string Secret = "s3cr3t-Pa55";
    private readonly BuildHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task Values_from_every_source_reach_the_build()
    {
        _harness.Root.Write(".nuke/parameters.json", """{ "Stage": "production" }""");
        _harness.Environment["NUKE_WORKERS"] = "5";
        var build = new ParameterBuild();
        var run = await _harness.RunAsync(build, "Show", "--registry", "ghcr.io", "--publish", "--timeout", "2m");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(("ghcr.io", 5, true, DeployStage.Production, TimeSpan.FromMinutes(2)), (build.Registry, build.Workers, build.Publish, build.Stage, build.Timeout));
        run.AssertPrinted("registry=ghcr.io workers=5 publish=true");
    }

    [Fact]
    public async Task Unset_parameters_keep_their_defaults()
    {
        var build = new ParameterBuild();
        var run = await _harness.RunAsync(build, "Show");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(3, build.Workers);
        Assert.Equal(TimeSpan.FromMinutes(1), build.Timeout);
    }

    [Fact]
    public async Task Bad_value_exits_2_before_targets_run()
    {
        var build = new ParameterBuild();
        var run = await _harness.RunAsync(build, "Show", "--workers", "lots");

        Assert.Equal(2, run.ExitCode);
        run.AssertPrinted("Parameter --workers from --workers: 'lots' is not a valid whole number");
        Assert.Empty(build.Ran);
    }

    [Fact]
    public async Task Interface_parameters_are_read_through_GetParameter()
    {
        var build = new ComponentBuild();
        _harness.Environment["RETRIES"] = "4";
        var run = await _harness.RunAsync(build, "Ship", "--filter", "Category=Unit");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["Restore:build", "UnitTest:Category=Unit:4", "Ship"], build.Ran);
    }

    [Fact]
    public async Task Secret_is_masked_in_logs_errors_and_process_output()
    {
        _harness.Environment["REGISTRY_PASSWORD"] = Secret;
        var run = await _harness.RunAsync(new ParameterBuild(), "Show", "Whisper", "Echo", "--max-parallel", "1");

        Assert.Equal(1, run.ExitCode);
        Assert.DoesNotContain(Secret, run.Output, StringComparison.Ordinal);
        run.AssertPrinted("password is ***");
        run.AssertPrinted("login failed for ***");
        run.AssertPrinted("token=***");
        Assert.DoesNotContain("::add-mask::", run.Output, StringComparison.Ordinal); // Only GitHub Actions gets mask commands.
    }

    [Fact]
    public async Task Secret_is_not_shown_by_help()
    {
        var run = await _harness.RunAsync(new ParameterBuild(), "--help", "--registry-password", Secret);

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain(Secret, run.Output, StringComparison.Ordinal);
        Assert.Matches(@"--registry-password <text>\s+Registry password  \[secret, set from --registry-password\]", run.Output);
    }

    [Fact]
    public async Task GitHub_Actions_host_receives_add_mask_for_each_secret()
    {
        _harness.Environment["GITHUB_ACTIONS"] = "true";
        _harness.Environment["REGISTRY_PASSWORD"] = Secret;
        var run = await _harness.RunAsync(new ParameterBuild(), "Show");

        Assert.Equal(0, run.ExitCode);
        var lines = run.Output.Split('\n');
        Assert.Equal("::add-mask::" + Secret, lines[0]);
        Assert.Single(lines, l => l.Contains(Secret, StringComparison.Ordinal));
    }
}
