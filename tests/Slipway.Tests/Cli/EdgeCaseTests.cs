using Slipway.Tests.Support;
using Slipway.Tests.TestBuilds;

namespace Slipway.Tests.Cli;

public sealed class EdgeCaseTests : IDisposable
{
    private readonly BuildHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task A_flag_followed_by_a_target_does_not_swallow_it()
    {
        var build = new EdgeCaseBuild();
        var run = await _harness.RunAsync(build, "--publish", "Show");

        Assert.Equal(0, run.ExitCode);
        Assert.True(build.Publish);
        Assert.Equal(["Show"], build.Ran);
    }

    [Fact]
    public async Task A_flag_takes_an_explicit_boolean_word()
    {
        var build = new EdgeCaseBuild();
        var run = await _harness.RunAsync(build, "--publish", "false", "Show");

        Assert.Equal(0, run.ExitCode);
        Assert.False(build.Publish);
    }

    [Fact]
    public async Task Every_element_of_a_secret_list_is_masked()
    {
        _harness.Environment["GITHUB_ACTIONS"] = "true";
        var run = await _harness.RunAsync(new EdgeCaseBuild(), "Show", "--tokens", "alpha-secret", "beta-secret");

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("alpha-secret\n", run.Output.Replace("::add-mask::alpha-secret", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("token beta-secret", run.Output, StringComparison.Ordinal);
        run.AssertPrinted("::add-mask::alpha-secret");
        run.AssertPrinted("::add-mask::beta-secret");
        run.AssertPrinted("token ***");
    }

    [Fact]
    public async Task Requiring_a_value_type_parameter_that_was_never_given_fails_before_running()
    {
        var build = new EdgeCaseBuild();
        var run = await _harness.RunAsync(build, "Split");

        Assert.Equal(2, run.ExitCode);
        run.AssertPrinted("Target Split requires parameter --shards");
        Assert.Empty(build.Ran);
    }

    [Fact]
    public async Task Requiring_a_value_type_parameter_that_was_given_zero_is_satisfied()
    {
        var build = new EdgeCaseBuild();
        var run = await _harness.RunAsync(build, "Split", "--shards", "0");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["Split"], build.Ran);
    }

    [Fact]
    public async Task A_target_property_that_throws_gives_a_clear_error_and_exit_2()
    {
        var run = await _harness.RunAsync(new ThrowingDiscoveryBuild(), "Broken");

        Assert.Equal(2, run.ExitCode);
        run.AssertPrinted("error: the build failed while setting up (InvalidOperationException): the Broken property is not ready");
    }
}
