using Slipway.Graph;
using Slipway.Planning;
using Slipway.Tests.TestBuilds;

namespace Slipway.Tests.Planning;

public sealed class PlannerTests
{
    private static ExecutionPlan Plan(SlipwayBuild build, string[] invoked, string[]? skip = null, string? defaultTarget = null)
    {
        var graph = TargetGraph.Discover(build);
        return Planner.Plan(graph, new PlanRequest(invoked, skip), defaultTarget is null ? null : graph.Find(defaultTarget));
    }

    private static string[] Names(IEnumerable<PlannedTarget> targets) => [.. targets.Select(t => t.Name)];

    [Fact]
    public void Dependencies_come_first_and_ties_are_broken_by_name()
    {
        var plan = Plan(new ChainBuild(), ["Test", "Pack"]);

        Assert.Equal(["Restore", "Compile", "Pack", "Test"], Names(plan.Targets));
        Assert.Equal(["Pack", "Test"], Names(plan.Targets.Where(t => t.IsInvoked)));
    }

    [Fact]
    public void Order_is_the_same_on_every_run()
    {
        var first = Names(Plan(new ChainBuild(), ["All", "Pack"]).Targets);
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(first, Names(Plan(new ChainBuild(), ["Pack", "All"]).Targets));
        }

        Assert.Equal(["Restore", "Compile", "Lint", "Pack", "Test", "All"], first);
    }

    [Fact]
    public void Waves_group_targets_that_can_run_together()
    {
        var plan = Plan(new ChainBuild(), ["Test", "Lint"]);

        Assert.Equal([["Restore"], ["Compile", "Lint"], ["Test"]], plan.Waves.Select(w => Names(w)).ToArray());
    }

    [Fact]
    public void Default_target_is_planned_when_none_is_named()
    {
        var plan = Plan(new ChainBuild(), [], defaultTarget: "Lint");

        Assert.Equal(["Restore", "Lint"], Names(plan.Targets));
        Assert.True(plan.Targets.Single(t => t.Name == "Lint").IsInvoked);
    }

    [Fact]
    public void No_target_and_no_default_is_an_error()
    {
        var error = Assert.Throws<BuildConfigurationException>(() => Plan(new ChainBuild(), []));

        Assert.Contains("No target was given", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Target_names_ignore_case()
    {
        Assert.Equal(["Restore", "Lint"], Names(Plan(new ChainBuild(), ["lint"]).Targets));
    }

    [Fact]
    public void Unknown_target_suggests_the_closest_names()
    {
        var error = Assert.Throws<BuildConfigurationException>(() => Plan(new ChainBuild(), ["Tset"]));

        Assert.Contains("Unknown target 'Tset'", error.Message, StringComparison.Ordinal);
        Assert.Contains("Did you mean Test", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cycle_is_named_in_dependency_order()
    {
        var error = Assert.Throws<BuildConfigurationException>(() => Plan(new CycleBuild(), ["A"]));

        Assert.Contains("cycle: A -> B -> C -> A (A.DependsOn(B), B.DependsOn(C), C.DependsOn(A)).", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(typeof(OrderingCycleBuild), "A B", "A -> B -> C -> A (A.After(B), C.Before(B), A.Triggers(C))")]
    [InlineData(typeof(ReversedCycleBuild), "C", "A -> B -> C -> A (A.DependsOn(B), B.TriggeredBy(C), A.DependentFor(C))")]
    [InlineData(typeof(MutualBuild), "Loop", "Back -> Loop -> Back (Loop.Triggers(Back), Back.Triggers(Loop))")]
    public void A_cycle_through_ordering_and_trigger_relations_is_named_with_each_declaration(Type build, string invoked, string cycle)
    {
        var error = Assert.Throws<BuildConfigurationException>(() => Plan((SlipwayBuild)Activator.CreateInstance(build)!, invoked.Split(' ')));

        Assert.Contains($"The targets form a cycle: {cycle}. Remove one of these relations.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_After_cycle_counts_only_when_both_targets_are_planned()
    {
        Assert.Equal(["Ping"], Names(Plan(new MutualBuild(), ["Ping"]).Targets));

        var error = Assert.Throws<BuildConfigurationException>(() => Plan(new MutualBuild(), ["Ping", "Pong"]));
        Assert.Contains("cycle: Ping -> Pong -> Ping (Ping.After(Pong), Pong.After(Ping))", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void After_and_Before_only_order_targets_that_are_both_planned()
    {
        Assert.Equal(["Early"], Names(Plan(new OrderingBuild(), ["Early"]).Targets));
        Assert.Equal(["Late", "Early"], Names(Plan(new OrderingBuild(), ["Early", "Late"]).Targets));
        Assert.Equal(["Alpha"], Names(Plan(new OrderingBuild(), ["Alpha"]).Targets));
        Assert.Equal(["Beta", "Alpha"], Names(Plan(new OrderingBuild(), ["Alpha", "Beta"]).Targets));
    }

    [Fact]
    public void Triggers_and_TriggeredBy_add_targets_after_the_trigger()
    {
        var plan = Plan(new OrderingBuild(), ["Publish"]);

        Assert.Equal(["Publish", "Audit", "Notify"], Names(plan.Targets));
        Assert.False(plan.Targets.Single(t => t.Name == "Notify").IsInvoked);
        Assert.Equal(["Publish"], Names(plan.Targets.Single(t => t.Name == "Audit").Predecessors));
    }

    [Fact]
    public void Bare_skip_skips_every_target_not_invoked()
    {
        var plan = Plan(new ChainBuild(), ["Test"], skip: []);

        Assert.Equal(["Test"], Names(plan.Executing));
        Assert.Equal("skipped by --skip", plan.Targets.Single(t => t.Name == "Compile").SkipReason);
        Assert.Equal("skipped by --skip", plan.Targets.Single(t => t.Name == "Restore").SkipReason);
    }

    [Fact]
    public void Skip_with_names_skips_only_those()
    {
        var plan = Plan(new ChainBuild(), ["Test"], skip: ["compile"]);

        Assert.Equal(["Restore", "Test"], Names(plan.Executing));
        Assert.Equal("skipped by --skip", plan.Targets.Single(t => t.Name == "Compile").SkipReason);
    }

    [Fact]
    public void An_invoked_target_is_never_skipped_even_when_named_in_skip()
    {
        // The NUKE 8.1 regression: generated CI jobs call `build Target --skip`, which must still run Target.
        var named = Plan(new ChainBuild(), ["Test", "Lint"], skip: ["Test", "Restore"]);
        var bare = Plan(new ChainBuild(), ["Test", "Lint"], skip: []);

        Assert.Equal(["Compile", "Lint", "Test"], Names(named.Executing));
        Assert.Equal(["Lint", "Test"], Names(bare.Executing));
        Assert.All(bare.Targets.Where(t => t.IsInvoked), t => Assert.Null(t.SkipReason));
    }

    [Fact]
    public void Unknown_name_in_skip_is_an_error()
    {
        var error = Assert.Throws<BuildConfigurationException>(() => Plan(new ChainBuild(), ["Test"], skip: ["Compil"]));

        Assert.Contains("Unknown target in --skip 'Compil'", error.Message, StringComparison.Ordinal);
        Assert.Contains("Compile", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void False_static_condition_skips_with_the_conditions_source_text()
    {
        var plan = Plan(new ConditionBuild { IsRelease = false }, ["Report"]);

        Assert.Equal("condition false: () => IsRelease", plan.Targets.Single(t => t.Name == "Report").SkipReason);
        Assert.Equal(["Collect"], Names(plan.Executing)); // Default behaviour: dependencies still run.
    }

    [Fact]
    public void True_static_condition_runs_the_target()
    {
        var plan = Plan(new ConditionBuild { IsRelease = true }, ["Report"]);

        Assert.Equal(["Collect", "Report"], Names(plan.Executing));
    }

    [Fact]
    public void WhenSkipped_Skip_cascades_to_dependencies_only_skipped_targets_need()
    {
        var plan = Plan(new ConditionBuild { IsRelease = false }, ["Everything"]);

        Assert.Equal("condition false: () => IsRelease", plan.Targets.Single(t => t.Name == "Deploy").SkipReason);
        Assert.Equal("only needed by skipped Deploy", plan.Targets.Single(t => t.Name == "Package").SkipReason);
        Assert.Equal(["Compile", "Test", "Everything"], Names(plan.Executing)); // Test still needs Compile.
    }

    [Fact]
    public void WhenSkipped_Skip_cascades_through_the_whole_chain()
    {
        var plan = Plan(new ConditionBuild { IsRelease = false }, ["Deploy"]);

        Assert.Empty(plan.Executing);
        Assert.Equal("only needed by skipped Package", plan.Targets.Single(t => t.Name == "Compile").SkipReason);
    }

    [Fact]
    public void Component_targets_are_discovered_and_resolved_across_interfaces()
    {
        var graph = TargetGraph.Discover(new ComponentBuild());

        Assert.Equal(["Restore", "Ship", "UnitTest"], graph.Nodes.Select(n => n.Name));
        Assert.Equal("Restores (re-implemented)", graph.Find("Restore")!.Definition.Description);
        Assert.Equal(["Restore"], graph.Find("UnitTest")!.Dependencies.Select(d => d.Name));
        Assert.Equal(["Restore", "UnitTest", "Ship"], Names(Planner.Plan(graph, new PlanRequest(["Ship"])).Targets));
    }

    [Fact]
    public void Referencing_a_component_the_build_does_not_implement_is_an_error()
    {
        var error = Assert.Throws<BuildConfigurationException>(() => TargetGraph.Discover(new MissingComponentBuild()));

        Assert.Contains("does not implement ITestComponent", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_targets_with_the_same_name_are_an_error_naming_both_declarers()
    {
        var error = Assert.Throws<BuildConfigurationException>(() => TargetGraph.Discover(new DuplicateBuild()));

        Assert.Contains("Two targets are named 'Deploy'", error.Message, StringComparison.Ordinal);
        Assert.Contains("IDeployToProduction", error.Message, StringComparison.Ordinal);
        Assert.Contains("IDeployToStaging", error.Message, StringComparison.Ordinal);
    }
}
