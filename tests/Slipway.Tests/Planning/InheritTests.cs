using Slipway.Graph;
using Slipway.Tests.Support;
using Slipway.Tests.TestBuilds;

namespace Slipway.Tests.Planning;

/// <summary>Extending a shipped target with Inherit keeps everything the component declared and adds the build's part.</summary>
public sealed class InheritTests : IDisposable
{
    private readonly BuildHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Fact]
    public void The_inherited_definition_keeps_the_components_declarations_and_adds_the_builds()
    {
        var publish = TargetGraph.Discover(new InheritingBuild()).Find("Publish")!;

        Assert.Equal("Publishes (component)", publish.Definition.Description);
        Assert.Equal(["Prepare", "Notarize"], publish.Dependencies.Select(d => d.Name));
        Assert.Equal(["Destination", "NotaryKey"], publish.Definition.Requirements.Select(r => r.MemberName));
        Assert.Equal([new PublishesSomething("archives"), new PublishesSomething("signatures")], publish.Definition.Capabilities);
        Assert.Equal(2, publish.Definition.Actions.Count);
    }

    [Fact]
    public async Task Both_actions_run_in_order_after_both_dependencies()
    {
        var build = new InheritingBuild();
        _harness.Environment["DESTINATION"] = "shelf";
        _harness.Environment["NOTARY_KEY"] = "k3y";

        var run = await _harness.RunAsync(build, "Publish");

        Assert.True(run.ExitCode == 0, run.Output);
        // The two dependencies are independent and may run in either order; both come before both actions, which keep theirs.
        var ran = build.Ran.Where(r => r.StartsWith("P", StringComparison.Ordinal) || r == "Notarize").ToList();
        Assert.Equal(["Notarize", "Prepare"], ran.Take(2).Order(StringComparer.Ordinal));
        Assert.Equal(["Publish:shelf", "Publish:extra"], ran.Skip(2));
    }

    [Fact]
    public async Task A_requirement_the_build_added_is_checked_before_anything_runs()
    {
        _harness.Environment["DESTINATION"] = "shelf";

        var run = await _harness.RunAsync(new InheritingBuild(), "Publish");

        Assert.Equal(2, run.ExitCode);
        run.AssertPrinted("requires parameter --notary-key");
    }
}
