using Slipway.Pipelines.Environment;
using Slipway.Pipelines.GitHub;
using Slipway.Pipelines.GitLab;
using Slipway.Pipelines.Model;
using Slipway.Pipelines.Validation;

namespace Slipway.Pipelines.Tests;

/// <summary>
/// The twelve findings of the review of the first landing, each put back into a pipeline: a run-breaking or
/// wrong-result one fails generation with a message naming it, a wasteful one is a warning.
/// </summary>
public class FindingsTests
{
    private static readonly JobNeed Bash = JobNeed.Tool(JobNeed.Bash);
    private static readonly DotNetSetup DotNet = new("global.json", ["build/*.csproj"]);
    private static readonly ImageFacts CiImage = new(
        "$CI_IMAGE:ci-0123456789ab", new HashSet<string>(["bash", "dotnet-runtime", "go", "goreleaser", "docker", "docker-buildx"], StringComparer.Ordinal), "a test Dockerfile.ci", "");

    private static Pipeline GitLab(params PipelineJob[] jobs) => new("GitLab CI", ".gitlab-ci.yml", new PipelineTriggers { PullRequest = new PullRequestTrigger() }, jobs)
    {
        GitLab = new GitLabOptions
        {
            DefaultImage = CiImage.Reference,
            Images = new Dictionary<string, ImageFacts>(StringComparer.Ordinal) { [CiImage.Reference] = CiImage },
            ProtectedRefVariables = new Dictionary<string, string>(StringComparer.Ordinal) { ["CI_IMAGE"] = "$CI_REGISTRY_IMAGE/ci" },
        },
    };

    private static Pipeline GitHub(params PipelineJob[] jobs) => new("release", ".github/workflows/release.yml", new PipelineTriggers { Push = new PushTrigger { Tags = ["v*"] } }, jobs);

    private static string GitLabError(Pipeline pipeline) => Assert.Throws<PipelineValidationException>(() => GitLabCiWriter.Write(pipeline)).Message;

    private static string GitHubError(Pipeline pipeline) => Assert.Throws<PipelineValidationException>(() => GitHubActionsWriter.Write(pipeline)).Message;

    [Fact]
    public void Finding_1_a_job_running_build_sh_in_the_alpine_sdk_image_is_refused_for_its_missing_bash_and_floating_tag()
    {
        var error = GitLabError(GitLab(new PipelineJob("build-program", "Build program", "./build.sh --help")
        {
            Image = "mcr.microsoft.com/dotnet/sdk:10.0-alpine",
            Requires = [Bash, JobNeed.Tool(JobNeed.DotNetSdk)],
        }));

        Assert.Contains("Job 'build-program' needs the tool 'bash', which the image 'mcr.microsoft.com/dotnet/sdk:10.0-alpine' does not provide", error, StringComparison.Ordinal);
        Assert.Contains("its tag floats to the newest Alpine", error, StringComparison.Ordinal);
        Assert.DoesNotContain("dotnet-sdk", error, StringComparison.Ordinal); // that one it has
    }

    [Fact]
    public void Finding_2_a_pin_to_a_major_that_does_not_exist_is_refused_when_the_facts_are_read()
    {
        var actions = File.ReadAllText(FactsFile("github-actions.json")).Replace("\"pinned\": \"v4\",\n      \"newestRelease\": \"v4.2.5\"", "\"pinned\": \"v5\",\n      \"newestRelease\": \"v4.2.5\"", StringComparison.Ordinal);
        Assert.Contains("\"pinned\": \"v5\"", actions, StringComparison.Ordinal);

        var error = Assert.Throws<FormatException>(() => EnvironmentFacts.Parse(actions, File.ReadAllText(FactsFile("images.json"))));

        Assert.Contains("jdx/mise-action is pinned to v5, but its repository has no such major (majors: v1, v2, v3, v4", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Finding_2_an_input_the_pinned_major_does_not_declare_is_refused_naming_workflow_job_and_step()
    {
        var actions = File.ReadAllText(FactsFile("github-actions.json")).Replace("\"install_args\",", "", StringComparison.Ordinal);
        var facts = EnvironmentFacts.Parse(actions, File.ReadAllText(FactsFile("images.json")));
        var lint = new PipelineJob("lint", "Lint", "./build.sh Lint --skip") { Setup = [DotNet, new MiseToolsSetup(["golangci-lint"])] };

        var error = Assert.Throws<PipelineValidationException>(() => GitHubActionsWriter.Write(GitHub(lint), facts)).Message;

        Assert.Contains("Workflow 'release' (.github/workflows/release.yml), job 'lint', step 'Install golangci-lint' passes 'install_args' to jdx/mise-action@v4, which has no such input", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Finding_3_a_release_publishing_multi_platform_images_without_buildx_login_or_packages_is_refused()
    {
        var error = GitHubError(GitHub(
            new PipelineJob("validate", "Validate", "./build.sh Test --skip") { Setup = [DotNet] },
            new PipelineJob("release", "Release", "./build.sh Release --skip")
            {
                Needs = ["validate"],
                Setup = [DotNet, new GoReleaserSetup("v2.17.1"), new FullGitHistorySetup()],
                Requires = [Bash, JobNeed.Tool("goreleaser"), JobNeed.DockerDaemon, JobNeed.MultiPlatformBuilder, JobNeed.RegistryLogin("ghcr.io"), JobNeed.WritePermission("packages"), JobNeed.WritePermission("contents"), JobNeed.ScmToken("GITHUB_TOKEN")],
                Permissions = new Dictionary<string, AccessLevel>(StringComparer.Ordinal) { ["contents"] = AccessLevel.Write },
                Secrets = new Dictionary<string, string>(StringComparer.Ordinal) { ["GITHUB_TOKEN"] = "GITHUB_TOKEN" },
            }));

        Assert.Contains("Job 'release' needs a Buildx builder for multi-platform images (docker-container driver)", error, StringComparison.Ordinal);
        Assert.Contains("Job 'release' needs a login to the registry ghcr.io", error, StringComparison.Ordinal);
        Assert.Contains("Job 'release' needs write permission on 'packages'", error, StringComparison.Ordinal);
        Assert.DoesNotContain("'contents'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Finding_4_a_gitlab_release_with_the_github_token_and_no_daemon_is_refused()
    {
        var error = GitLabError(GitLab(
            new PipelineJob("validate", "Validate", "./build.sh Test --skip"),
            new PipelineJob("release", "Release", "./build.sh Release --skip")
            {
                Needs = ["validate"],
                Requires = [Bash, JobNeed.DockerDaemon, JobNeed.ScmToken("GITLAB_TOKEN")],
                Secrets = new Dictionary<string, string>(StringComparer.Ordinal) { ["GITHUB_TOKEN"] = "GITHUB_TOKEN" },
            }));

        Assert.Contains("Job 'release' needs the release token GITLAB_TOKEN", error, StringComparison.Ordinal);
        Assert.Contains("Job 'release' needs a Docker daemon, which the image '$CI_IMAGE:ci-0123456789ab' does not provide. Give the job the Docker-in-Docker service", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Finding_4_two_scm_tokens_without_a_forced_one_are_refused()
    {
        var release = new PipelineJob("release", "Release", "./build.sh Release --skip")
        {
            Needs = ["validate"],
            Requires = [Bash, JobNeed.ScmToken("GITLAB_TOKEN")],
            Secrets = new Dictionary<string, string>(StringComparer.Ordinal) { ["GITLAB_TOKEN"] = "GITLAB_TOKEN", ["GITHUB_TOKEN"] = "TAP_TOKEN" },
        };
        var validate = new PipelineJob("validate", "Validate", "./build.sh Test --skip");

        Assert.Contains("Job 'release' sets GITHUB_TOKEN and GITLAB_TOKEN: GoReleaser stops with \"multiple tokens found\" unless GORELEASER_FORCE_TOKEN", GitLabError(GitLab(validate, release)), StringComparison.Ordinal);
        var forced = release with { Environment = new Dictionary<string, string>(StringComparer.Ordinal) { ["GORELEASER_FORCE_TOKEN"] = "gitlab" } };
        Assert.Contains("GITLAB_TOKEN: $GITLAB_TOKEN", GitLabCiWriter.Write(GitLab(validate, forced)), StringComparison.Ordinal);
    }

    [Fact]
    public void Finding_5_a_snapshot_whose_docker_steps_run_without_a_daemon_is_refused()
    {
        var error = GitLabError(GitLab(new PipelineJob("snapshot-build", "SnapshotBuild", "./build.sh SnapshotBuild --skip")
        {
            Requires = [Bash, JobNeed.Tool("goreleaser"), JobNeed.DockerDaemon, JobNeed.Tool(JobNeed.BuildxPlugin)],
        }));

        Assert.Contains("Job 'snapshot-build' needs a Docker daemon", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Finding_6_docker_buildx_create_in_an_image_without_the_buildx_plugin_is_refused()
    {
        var image = CiImage with { Tools = new HashSet<string>(["bash", "dotnet-runtime", "docker"], StringComparer.Ordinal) };
        var pipeline = GitLab(new PipelineJob("docker-dry-run", "DockerDryRun", "./build.sh DockerDryRun --skip")
        {
            Requires = [Bash, JobNeed.DockerDaemon],
            Setup = [new DockerBuildxSetup()],
            NeedsDockerDaemon = true,
        });
        pipeline = pipeline with { GitLab = pipeline.GitLab with { Images = new Dictionary<string, ImageFacts>(StringComparer.Ordinal) { [image.Reference] = image } } };

        Assert.Contains("Job 'docker-dry-run': 'docker buildx create' needs the tool 'docker-buildx', which the image '$CI_IMAGE:ci-0123456789ab' does not provide", GitLabError(pipeline), StringComparison.Ordinal);
    }

    [Fact]
    public void Finding_7_a_ci_image_built_only_on_changes_or_not_waited_for_is_refused()
    {
        var builder = new PipelineJob("build-ci-image", "BuildCiImage", "./build.sh BuildCiImage --skip")
        {
            Image = "mcr.microsoft.com/dotnet/sdk:10.0-noble",
            BuildsJobImage = true,
            Rules = [new JobRule { Changes = ["Dockerfile.ci"] }],
        };
        var release = new PipelineJob("test", "Test", "./build.sh Test --skip");

        var error = GitLabError(GitLab(builder, release));

        Assert.Contains("Job 'build-ci-image' builds the CI image only in some pipelines (rules), so the first pipeline after adoption", error, StringComparison.Ordinal);
        Assert.Contains("Job 'test' runs in the CI image but does not wait for 'build-ci-image'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Finding_9_a_release_not_waiting_for_validation_is_refused()
    {
        var gate = new PipelineJob("validate-release", "ValidateRelease", "") { Gate = true, Needs = ["test"] };
        var test = new PipelineJob("test", "Test", "./build.sh Test --skip");
        var release = new PipelineJob("release", "Release", "./build.sh Release --skip")
        {
            Requires = [Bash, JobNeed.ScmToken("GITLAB_TOKEN")],
            Secrets = new Dictionary<string, string>(StringComparer.Ordinal) { ["GITLAB_TOKEN"] = "GITLAB_TOKEN" },
        };

        var error = GitLabError(GitLab(test, gate, release));

        Assert.Contains("Job 'release' publishes a release but does not wait for the gate 'validate-release'", error, StringComparison.Ordinal);
        Assert.Contains("Job 'release' publishes a release without waiting for any other job", GitHubError(GitHub(release with { Requires = [JobNeed.ScmToken("GITHUB_TOKEN")], Secrets = new Dictionary<string, string>(StringComparer.Ordinal) { ["GITHUB_TOKEN"] = "GITHUB_TOKEN" } })), StringComparison.Ordinal);
    }

    [Fact]
    public void Finding_10_a_ci_image_pushed_by_every_pipeline_to_one_repository_is_refused()
    {
        var builder = new PipelineJob("build-program", "Build program", "./build.sh BuildCiImage --skip") { Image = "mcr.microsoft.com/dotnet/sdk:10.0-noble", BuildsJobImage = true };
        var pipeline = GitLab(builder);
        pipeline = pipeline with { GitLab = pipeline.GitLab with { ProtectedRefVariables = new Dictionary<string, string>(StringComparer.Ordinal) } };

        Assert.Contains("Job 'build-program' pushes the CI image from every pipeline to one repository, so a merge request can replace the image protected branches and tags then trust", GitLabError(pipeline), StringComparison.Ordinal);
    }

    [Fact]
    public void Finding_11_buildx_for_a_job_that_only_talks_to_the_engine_api_is_a_warning()
    {
        var dryRun = new PipelineJob("docker-dry-run", "DockerDryRun", "./build.sh DockerDryRun --skip") { Setup = [DotNet, new DockerBuildxSetup()], Requires = [Bash, JobNeed.DockerDaemon] };

        Assert.Equal([".github/workflows/release.yml: job 'docker-dry-run' sets up Docker Buildx, but none of its targets needs it; it only costs time. Remove it."], SetupWaste.Find(GitHub(dryRun)));
        Assert.Empty(SetupWaste.Find(GitHub(dryRun with { Requires = [Bash, JobNeed.DockerDaemon, JobNeed.MultiPlatformBuilder] })));
    }

    [Fact]
    public void Finding_11_the_same_targets_in_two_workflows_for_one_push_are_a_warning()
    {
        var lint = new PipelineJob("lint", "Lint", "./build.sh Lint --skip") { Targets = ["Lint"] };
        var ci = new Pipeline("ci", ".github/workflows/ci.yml", new PipelineTriggers { Push = new PushTrigger { Branches = ["main"] } }, [lint]);
        var validation = ci with { Name = "release-validation", FilePath = ".github/workflows/release-validation.yml" };

        Assert.Contains(".github/workflows/ci.yml and .github/workflows/release-validation.yml both run Lint on a push to main: the work is done twice", GitHubWarnings.Find([ci, validation]).Single(), StringComparison.Ordinal);
        Assert.Empty(GitHubWarnings.Find([ci, validation with { Triggers = new PipelineTriggers { Push = new PushTrigger { Tags = ["v*"] } } }]));
    }

    [Fact]
    public void Finding_11_a_ci_image_workflow_on_github_is_a_warning()
    {
        var image = new PipelineJob("build-ci-image", "BuildCiImage", "./build.sh BuildCiImage --skip") { BuildsJobImage = true };

        Assert.Contains("job 'build-ci-image' builds a CI image, but GitHub Actions jobs run on the runner", GitHubWarnings.Find([GitHub(image)]).Single(), StringComparison.Ordinal);
    }

    [Fact]
    public void Finding_11_a_job_on_changes_that_others_wait_for_and_a_gate_in_the_ci_image_are_warnings()
    {
        var image = new PipelineJob("build-ci-image", "BuildCiImage", "./build.sh BuildCiImage --skip") { Rules = [new JobRule { Changes = ["Dockerfile.ci"] }] };
        var test = new PipelineJob("test", "Test", "./build.sh Test --skip") { Needs = ["build-ci-image"] };
        var pipeline = GitLab(image, test);
        pipeline = pipeline with { GitLab = pipeline.GitLab with { GateImage = CiImage.Reference } };

        var warnings = GitLabWarnings.Find(pipeline);

        Assert.Contains(warnings, w => w.Contains("job 'build-ci-image' runs on 'rules: changes', which is true in every tag, new-branch, web and scheduled pipeline, and test wait for it there", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Contains("gate jobs run in the default image '$CI_IMAGE:ci-0123456789ab' only to echo", StringComparison.Ordinal));
    }

    /// <summary>The project's own facts files (read by the tests, never by the product at run time: it embeds them).</summary>
    private static string FactsFile(string name) => Path.Combine(RepositoryRoot(), "facts", name);

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(directory.FullName, "Slipway.slnx")))
        {
            directory = directory.Parent ?? throw new InvalidOperationException("No Slipway.slnx above the test assembly.");
        }

        return directory.FullName;
    }
}
