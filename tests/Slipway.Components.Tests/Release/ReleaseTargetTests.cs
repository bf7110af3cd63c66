using Slipway.Components.Tests.Tools;
using Xunit;

namespace Slipway.Components.Tests.Release;

public sealed class ReleaseTargetTests
{
    private const string Token = "ghp_TopSecretToken1234567890";

    [Fact]
    public async Task Release_off_a_tag_is_refused_before_anything_runs_naming_the_current_ref()
    {
        using var project = new GoProject();
        GoReleaserDouble.InstallInto(project);

        var run = await BuildHarness.RunAsync(new GoReleaseBuild(), project, project.Environment(("GITHUB_TOKEN", Token)), "Release");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Target Release requires a tag build (current ref: refs/heads/main)", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("TEST DOUBLE", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Release_on_a_tag_runs_goreleaser_release_with_the_token_in_GITHUB_TOKEN_masked()
    {
        using var project = new GoProject();
        GoReleaserDouble.InstallInto(project);
        var environment = project.Environment(("GITHUB_ACTIONS", "true"), ("GITHUB_REF", "refs/tags/v1.2.3"), ("GITHUB_REF_TYPE", "tag"),
            ("GITHUB_REF_NAME", "v1.2.3"), ("GITHUB_SHA", project.Commit), ("GITHUB_TOKEN", Token));

        var run = await BuildHarness.RunAsync(new GoReleaseBuild(), project, environment, "Release", "--skip"); // as the release job runs it, after validation

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains($"> {project.BinDirectory}/goreleaser release --clean", run.Output, StringComparison.Ordinal);
        Assert.Contains("GITHUB_TOKEN=***", run.Output, StringComparison.Ordinal);
        Assert.Contains("::add-mask::" + Token, run.Output, StringComparison.Ordinal);
        Assert.Single(run.Output.Split('\n'), l => l.Contains(Token, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Release_without_a_token_is_refused_naming_the_parameter()
    {
        using var project = new GoProject();
        GoReleaserDouble.InstallInto(project);
        var environment = project.Environment(("GITHUB_ACTIONS", "true"), ("GITHUB_REF", "refs/tags/v1.2.3"), ("GITHUB_REF_TYPE", "tag"), ("GITHUB_REF_NAME", "v1.2.3"));

        var run = await BuildHarness.RunAsync(new GoReleaseBuild(), project, environment, "Release");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("requires parameter --github-token", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_gitlab_release_gets_gitlab_token_alone()
    {
        using var project = GitLabReleaseProject();
        var run = await BuildHarness.RunAsync(new GoReleaseBuild(), project, GitLabTag(project, ("GITLAB_TOKEN", "glpat-TopSecret123456")), "Release", "--skip"); // as the release job runs it, after validation

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("GITLAB_TOKEN=***", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("GITHUB_TOKEN=", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("GORELEASER_FORCE_TOKEN=", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_gitlab_release_without_its_token_is_refused_naming_the_parameter_and_why()
    {
        using var project = GitLabReleaseProject();
        var run = await BuildHarness.RunAsync(new GoReleaseBuild(), project, GitLabTag(project, ("GITHUB_TOKEN", Token)), "Release");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Target Release requires parameter --gitlab-token: the release goes to GitLab (release.gitlab in the GoReleaser configuration)", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("TEST DOUBLE", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_scm_token_in_the_environment_forces_the_release_token()
    {
        using var project = GitLabReleaseProject();
        var run = await BuildHarness.RunAsync(new GoReleaseBuild(), project, GitLabTag(project, ("GITLAB_TOKEN", "glpat-TopSecret123456"), ("GITHUB_TOKEN", Token)), "Release", "--skip"); // as the release job runs it, after validation

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("GORELEASER_FORCE_TOKEN=gitlab", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task On_gitlab_ci_a_configuration_naming_no_scm_releases_to_gitlab()
    {
        using var project = new GoProject();
        GoReleaserDouble.InstallInto(project);
        var run = await BuildHarness.RunAsync(new GoReleaseBuild(), project, GitLabTag(project, ("GITLAB_TOKEN", "glpat-TopSecret123456")), "Release", "--skip"); // as the release job runs it, after validation

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("GITLAB_TOKEN=***", run.Output, StringComparison.Ordinal);
    }

    private static GoProject GitLabReleaseProject()
    {
        var project = new GoProject();
        GoReleaserDouble.InstallInto(project);
        project.Write(".goreleaser.yaml", File.ReadAllText(project.Combine(".goreleaser.yaml")) + "\nrelease:\n  gitlab:\n    owner: acme\n    name: sumcheck\n");
        return project;
    }

    private static Dictionary<string, string> GitLabTag(GoProject project, params (string Key, string Value)[] extra) =>
        project.Environment([("GITLAB_CI", "true"), ("CI_COMMIT_TAG", "v1.2.3"), ("CI_COMMIT_SHA", project.Commit), .. extra]);

    [Fact]
    public async Task ValidateRelease_without_GoReleaser_or_mise_fails_at_once_naming_it_and_how_to_install_it()
    {
        using var project = new GoProject();

        var run = await BuildHarness.RunAsync(new GoReleaseBuild(), project, project.Environment(), "ValidateRelease");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("requires 'goreleaser', which was not found", run.Output, StringComparison.Ordinal);
        Assert.Contains("pinned to goreleaser 2.17.1 in .mise/config.toml", run.Output, StringComparison.Ordinal);
        Assert.Contains("https://goreleaser.com/install/", run.Output, StringComparison.Ordinal);
        Assert.Contains("requires 'golangci-lint'", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("> ", run.Output, StringComparison.Ordinal);
    }
}
