using Slipway.Components.Tests.CiGeneration.Support;
using Xunit;
using YamlDotNet.RepresentationModel;

namespace Slipway.Components.Tests.CiGeneration;

/// <summary>
/// gitlab-ci-local RUNS a pipeline generated from a small real build program (compiled once by the fixture) in a temp
/// git repository: the build-program hand-off, needs, a producer's artifact reaching its consumer, the gate.
/// </summary>
public sealed class PipelineRunTests : IClassFixture<FastBuildProgram>
{
    private readonly FastBuildProgram _program;

    public PipelineRunTests(FastBuildProgram program) => _program = program;

    [Fact]
    public async Task Gitlab_ci_local_runs_the_generated_pipeline_with_needs_and_artifact_hand_off()
    {
        using var home = new TempRepository();
        using var repository = new TempRepository();
        repository.Write(".nuke/parameters.json", "{}\n");
        repository.Write(".gitignore", ".nuke/temp/\nout/\n");
        repository.Write("build.sh", _program.BootstrapDouble);
        Assert.Equal(0, (await ExternalTools.RunAsync("chmod", repository.Path, ["+x", "build.sh"])).ExitCode);

        // The program generates its own .gitlab-ci.yml through the real GenerateCi target.
        var generate = await ExternalTools.RunAsync("dotnet", repository.Path, [_program.Assembly, "GenerateCi"], _program.Environment(repository.Path));
        Assert.True(generate.ExitCode == 0, generate.Output);
        var pipeline = repository.Read(".gitlab-ci.yml");
        Assert.Contains("./build.sh Check --skip", pipeline, StringComparison.Ordinal);
        repository.Write(".gitlab-ci.yml", WithoutImages(pipeline));
        await ExternalTools.InitializeGitAsync(repository.Path);

        var environment = _program.Environment(repository.Path);
        environment["HOME"] = home.Path;
        environment["FORCE_COLOR"] = "0";
        var run = await ExternalTools.RunAsync(ExternalTools.Validator("gitlab-ci-local"), repository.Path, ["--force-shell-executor", "--shell-isolation", "--color=false"], environment, timeoutSeconds: 600);

        Assert.True(run.ExitCode == 0, run.Output);
        foreach (var job in new[] { "build-program", "compile", "check", "unit", "verify" })
        {
            Assert.Matches($@"PASS\s+{job}", run.Output);
        }

        Assert.Matches(@"check\s+> .*Check read: compiled by Compile", run.Output); // the producer's out/ reached the consumer
        Assert.Matches(@"unit\s+> .*Restore ran", run.Output); // the folded dependency ran inside the job
        Assert.DoesNotMatch(@"check\s+> .*Compile ran", run.Output); // the producer was not rebuilt by its consumer
        Assert.Matches(@"(?s)compile\s+exported artifacts.*check\s+imported artifacts", run.Output);
    }

    /// <summary>
    /// The one override of this variant: images are removed, because gitlab-ci-local's shell executor applies only to
    /// jobs without an image (it would docker-pull them). Every job, build-program included, runs as generated.
    /// </summary>
    private static string WithoutImages(string pipeline)
    {
        var root = YamlQuery.Parse(pipeline);
        root.Children.Remove(new YamlScalarNode("default"));
        foreach (var job in root.Children.Values.OfType<YamlMappingNode>())
        {
            job.Children.Remove(new YamlScalarNode("image"));
        }

        var text = new StringWriter();
        new YamlStream(new YamlDocument(root)).Save(text, assignAnchors: false);
        return text.ToString();
    }
}
