using Slipway.Tool.Detection;
using Slipway.Tool.Planning;
using Slipway.Tool.Tests.Support;
using Xunit;

namespace Slipway.Tool.Tests;

public sealed class PlanningTests
{
    private static BuildPlan PlanFor(string fixture) => BuildPlanner.Plan(RepositoryScanner.Scan(FixtureRepository.PathOf(fixture)));

    [Fact]
    public void Workflows_unrelated_to_releases_survive_and_lint_is_replaced()
    {
        var plan = PlanFor(FixtureRepository.LintCodeQl);

        var codeql = plan.Migrations.Single(m => m.Path == ".github/workflows/codeql.yml");
        Assert.True(codeql.Keep);
        Assert.Empty(codeql.ReplacedBy);
        Assert.Equal(["CodeQL code scanning (github/codeql-action)"], codeql.NotReproduced);
        var lint = plan.Migrations.Single(m => m.Path == ".github/workflows/lint.yml");
        Assert.False(lint.Keep);
        Assert.Equal([".github/workflows/ci.yml"], lint.ReplacedBy);
        var ci = Assert.Single(plan.Pipelines);
        Assert.Equal([TargetRef.Lint, TargetRef.Test], ci.Targets);
        Assert.Equal("1.60.3", plan.CiToolVersions["golangci-lint"]);
    }

    [Fact]
    public void Release_please_calls_the_release_workflow_with_a_tag_and_a_taken_name_is_not_reused()
    {
        var plan = PlanFor(FixtureRepository.GitHubReleasePlease);

        Assert.Equal(["IValidateRelease", "IRelease"], plan.Components);
        var ci = plan.Pipelines.Single(p => !p.Release);
        Assert.Equal(".github/workflows/slipway-ci.yml", ci.File); // ci.yml is hand-written
        Assert.Equal([TargetRef.ValidateRelease], ci.Targets);
        var release = plan.Pipelines.Single(p => p.Release);
        Assert.Equal(".github/workflows/release.yml", release.File);
        Assert.True(release.Triggers.Called);
        Assert.Equal("tag", release.TagInput);
        Assert.Equal(["v*"], release.Triggers.PushTags);
        var releasePlease = plan.Migrations.Single(m => m.Path == ".github/workflows/release-please.yml");
        Assert.Equal([".github/workflows/release.yml"], releasePlease.ReplacedBy);
        Assert.Contains(releasePlease.NotReproduced, n => n.StartsWith("release-please", StringComparison.Ordinal));
        Assert.Contains(plan.Advice, a => a.Contains("uses: ./.github/workflows/release.yml", StringComparison.Ordinal));
    }

    [Fact]
    public void A_hand_written_gitlab_pipeline_gets_a_side_file_and_the_ci_image_target()
    {
        var plan = PlanFor(FixtureRepository.GitLabAlpine);

        Assert.Equal(BuildPlanner.GitLabSideFile, plan.GitLabFile);
        Assert.Contains("ICiImage", plan.Components);
        Assert.All(plan.Pipelines, p => Assert.Equal(BuildPlanner.GitLabSideFile, p.File));
        Assert.Equal(TargetRef.BuildCiImage, plan.Pipelines.Single(p => !p.Release).CiImageTarget);
        Assert.Equal(["v*"], plan.Pipelines.Single(p => p.Release).Triggers.PushTags); // the release job's own rule
        Assert.Empty(plan.CiToolVersions); // mise pins them
        Assert.Contains(plan.Advice, a => a.Contains("RUN apk add --no-cache bash dotnet10-runtime", StringComparison.Ordinal));
        var migration = Assert.Single(plan.Migrations);
        Assert.Contains(migration.NotReproduced, n => n.Contains("notify-chat.sh", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_ci_the_build_gets_a_github_workflow_that_tests()
    {
        var plan = PlanFor(FixtureRepository.GoModOnly);

        var ci = Assert.Single(plan.Pipelines);
        Assert.Equal(CiSystemKind.GitHub, ci.System);
        Assert.Equal([TargetRef.Test], ci.Targets); // no golangci-lint version to run Lint with
        Assert.Equal(["main"], ci.Triggers.PushBranches);
        Assert.True(ci.Triggers.PullRequests);
        Assert.Empty(plan.Migrations);
        Assert.Equal(TargetRef.Test, plan.DefaultTarget);
    }

    [Fact]
    public void Vet_without_golangci_lint_is_reported_as_not_reproduced()
    {
        var plan = PlanFor(FixtureRepository.GoWorkMonorepo);

        var migration = Assert.Single(plan.Migrations);
        Assert.Equal([".github/workflows/ci.yml"], migration.ReplacedBy);
        Assert.Contains(migration.NotReproduced, n => n.Contains("go vet", StringComparison.Ordinal));
        Assert.True(plan.Pipelines.Single().Triggers.Manual);
    }

    [Fact]
    public void A_gitlab_pipeline_without_a_ci_image_is_told_what_its_jobs_need()
    {
        using var copy = new TempDirectory("slipway-plan");
        FixtureRepository.CopyTo(FixtureRepository.GitLabAlpine, copy.Path);
        File.Delete(Path.Combine(copy.Path, "Dockerfile.ci"));

        var plan = BuildPlanner.Plan(RepositoryScanner.Scan(copy.Path));

        Assert.DoesNotContain("ICiImage", plan.Components);
        Assert.Contains(plan.Advice, a => a.Contains("the repository has no Dockerfile.ci", StringComparison.Ordinal) && a.Contains("bash, the .NET runtime and Go", StringComparison.Ordinal));
    }
}
