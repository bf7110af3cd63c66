using Slipway.Tests.Support;
using Slipway.Tests.TestBuilds;

namespace Slipway.Tests.Planning;

public sealed class RequirementTests : IDisposable
{
    private readonly BuildHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task Missing_required_parameter_exits_2_naming_option_and_variable()
    {
        var build = new RequirementBuild();
        var run = await _harness.RunAsync(build, "Publish");

        Assert.Equal(2, run.ExitCode);
        run.AssertPrinted("Target Publish requires parameter --api-key");
        run.AssertPrinted("set $API_KEY");
        run.AssertPrinted("\"ApiKey\" to .nuke/parameters.json");
        Assert.Empty(build.Ran);
    }

    [Fact]
    public async Task Required_parameter_that_is_set_lets_the_target_run()
    {
        var build = new RequirementBuild();
        _harness.Environment["API_KEY"] = "k";
        var run = await _harness.RunAsync(build, "Publish");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["Publish"], build.Ran);
    }

    [Fact]
    public async Task False_required_condition_exits_2_with_its_text()
    {
        var build = new RequirementBuild();
        var run = await _harness.RunAsync(build, "Release");

        Assert.Equal(2, run.ExitCode);
        run.AssertPrinted("Target Release requires () => IsTag, which is false.");
        Assert.Empty(build.Ran);
    }

    [Fact]
    public async Task A_condition_may_explain_itself_with_a_bad_input_error()
    {
        var build = new RequirementBuild();
        var run = await _harness.RunAsync(build, "Explained");

        Assert.Equal(2, run.ExitCode);
        run.AssertPrinted("config.yml:3:7: the value is not a list");
        Assert.DoesNotContain("failed while setting up", run.Output, StringComparison.Ordinal);
        Assert.Empty(build.Ran);
    }

    [Fact]
    public async Task Missing_tool_exits_2_with_the_install_hint_before_any_target_runs()
    {
        var build = new RequirementBuild();
        var run = await _harness.RunAsync(build, "Scan");

        Assert.Equal(2, run.ExitCode);
        run.AssertPrinted($"Target Scan requires '{RequirementBuild.MissingTool}', which was not found on PATH.");
        run.AssertPrinted("Install it with: apt-get install slipway-scanner");
        Assert.Empty(build.Ran); // First, which Scan depends on, did not run either.
    }

    [Fact]
    public async Task Tool_found_on_PATH_satisfies_the_requirement()
    {
        var build = new RequirementBuild();
        var run = await _harness.RunAsync(build, "WithShell");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["WithShell"], build.Ran);
    }

    [Fact]
    public async Task Invoked_target_named_in_skip_still_has_its_requirements_checked()
    {
        var build = new RequirementBuild();
        var run = await _harness.RunAsync(build, "WithShell", "Publish", "--skip", "Publish");

        // Publish is invoked, so --skip must not skip it: its requirement still applies.
        Assert.Equal(2, run.ExitCode);
        run.AssertPrinted("--api-key");
    }

    [Fact]
    public async Task Several_problems_are_reported_together()
    {
        var run = await _harness.RunAsync(new RequirementBuild(), "Publish", "Release", "Scan");

        Assert.Equal(2, run.ExitCode);
        run.AssertPrinted("--api-key");
        run.AssertPrinted("IsTag");
        run.AssertPrinted(RequirementBuild.MissingTool);
    }
}
