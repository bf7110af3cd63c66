using Slipway.Components.CiGeneration;
using Slipway.Components.Tests.CiGeneration.Support;
using Xunit;

namespace Slipway.Components.Tests.CiGeneration;

/// <summary>Bad attribute input fails generation with what is wrong, where, and what to do.</summary>
public class BadInputTests
{
    [Fact]
    public void An_unknown_invoked_target_is_named_with_suggestions()
    {
        var error = Assert.Throws<BuildConfigurationException>(Ci.Generate<UnknownTargetBuild>);
        Assert.Contains("[GitHubActions(\"ci\")] lists 'Lnt' in InvokedTargets, but the build has no such target. Did you mean Lint?", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_consumed_path_nobody_produces_is_reported()
    {
        var error = Assert.Throws<BuildConfigurationException>(Ci.Generate<MissingProducerBuild>);
        Assert.Contains("target 'Check' consumes 'bin' from 'Compile', but no target in the graph produces it", error.Message, StringComparison.Ordinal);
        Assert.Contains("Add .Produces(\"bin\") to 'Compile'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_targets_with_one_job_name_collide()
    {
        var error = Assert.Throws<BuildConfigurationException>(Ci.Generate<CollidingJobsBuild>);
        Assert.Contains("targets 'DockerBuild' and 'Docker_Build' both become CI job 'docker-build'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_gitlab_groups_making_different_jobs_with_one_name_collide()
    {
        var error = Assert.Throws<BuildConfigurationException>(Ci.Generate<CollidingGitLabGroupsBuild>);
        Assert.Contains("[GitLab] attribute #2 (InvokedTargets: Lint) makes job 'lint' (./build.sh Lint --skip), but [GitLab] attribute #1", error.Message, StringComparison.Ordinal);
        Assert.Contains("(./build.sh Restore Lint --skip)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_aggregate_with_nothing_to_fan_out_is_rejected()
    {
        var error = Assert.Throws<BuildConfigurationException>(Ci.Generate<EmptyAggregateBuild>);
        Assert.Contains("invokes 'All', which has no actions and no dependencies, so there is nothing to fan out", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_tool_without_a_pin_names_the_config_and_the_fix()
    {
        var settings = Ci.Settings() with { ToolVersions = Slipway.Components.Tools.MiseConfig.Parse("[tools]\ngo = \"1.25.5\"\n", ".mise/config.toml") };
        var error = Assert.Throws<BuildConfigurationException>(() => CiFileGenerator.Generate(typeof(RepositoryBuild), Slipway.Graph.TargetGraph.Discover(new RepositoryBuild()), settings));
        Assert.Contains("Target(s) SnapshotBuild of job 'snapshot-build' in .github/workflows/ci.yml requires tool 'goreleaser', but .mise/config.toml pins no version of it under [tools]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Mise_pins_are_parsed_and_a_bad_line_is_located()
    {
        var pins = Slipway.Components.Tools.MiseConfig.Parse(Ci.MiseConfig + "[env]\nFOO = 'bar'\n", "config");
        Assert.Equal("1.25.5", pins.Pins["go"]);
        Assert.Equal("2.12.2", pins.Pins["golangci-lint"]);
        Assert.Equal(3, pins.Pins.Count);
        var error = Assert.Throws<BuildConfigurationException>(() => Slipway.Components.Tools.MiseConfig.Parse("[tools]\ngo = 1.25\n", "config"));
        Assert.StartsWith("config:2: [tools] go = 1.25 (a number) is not a version", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Finding_8_pull_request_path_filters_without_their_trigger_fail_instead_of_being_dropped()
    {
        var error = Assert.Throws<BuildConfigurationException>(Ci.Generate<PathsWithoutPullRequestBuild>);
        Assert.Contains("[GitHubActions(\"release-validation\")] sets OnPullRequestPaths but no pull-request trigger, so pull requests would never start the workflow. Set OnPullRequest = true", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Push_path_filters_without_a_push_trigger_fail()
    {
        var error = Assert.Throws<BuildConfigurationException>(Ci.Generate<PathsWithoutPushBuild>);
        Assert.Contains("[GitHubActions(\"ci-image\")] sets OnPushPaths but no push trigger", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_release_publishing_images_without_a_registry_to_log_in_to_fails()
    {
        var error = Assert.Throws<BuildConfigurationException>(Ci.Generate<ReleaseWithoutRegistryBuild>);
        Assert.Contains("Target(s) Test, Release of job 'release' publish images, but name no registry to log in to", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nothing_is_written_when_generation_fails()
    {
        using var repository = new TempRepository();
        var build = new PathsWithoutPullRequestBuild();
        var run = new BuildRunner(new StringWriter(), new Dictionary<string, string>(StringComparer.Ordinal), repository.Path);

        var exit = await run.RunAsync(build, ["GenerateCi"]);

        Assert.NotEqual(0, exit);
        Assert.False(Directory.Exists(System.IO.Path.Combine(repository.Path, ".github")));
    }

    [Fact]
    public void Job_ids_are_kebab_case()
    {
        Assert.Equal("snapshot-build", JobPartitioner.JobId("SnapshotBuild"));
        Assert.Equal("build-ci-image", JobPartitioner.JobId("BuildCIImage"));
        Assert.Equal("docker-dry-run", JobPartitioner.JobId("DockerDryRun"));
        Assert.Equal("go2-test", JobPartitioner.JobId("Go2Test"));
    }
}
