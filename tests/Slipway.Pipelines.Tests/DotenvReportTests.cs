using Slipway.Pipelines.GitHub;
using Slipway.Pipelines.GitLab;
using Slipway.Pipelines.Model;
using Slipway.Pipelines.Validation;

namespace Slipway.Pipelines.Tests;

public sealed class DotenvReportTests
{
    private static Pipeline With(params PipelineJob[] jobs) =>
        new("Reports", ".gitlab-ci.yml", new PipelineTriggers { Push = new PushTrigger { Branches = ["main"] } }, jobs);

    [Fact]
    public void GitLab_jobs_declare_their_dotenv_report_beside_their_artifacts_and_gates_declare_none()
    {
        var file = YamlQuery.Parse(GitLabCiWriter.Write(With(
            new PipelineJob("lint", "Lint", "./build.sh Lint --skip") { DotenvReport = ".nuke/temp/timings.env" },
            new PipelineJob("build", "Build", "./build.sh Build --skip") { DotenvReport = ".nuke/temp/timings.env", Uploads = [new ArtifactUpload("dist", ["dist"])] },
            new PipelineJob("plain", "Plain", "true"),
            new PipelineJob("gate", "Gate", "") { Needs = ["lint", "build"], Gate = true, DotenvReport = ".nuke/temp/timings.env" })));

        Assert.Equal(["reports"], file.Get("lint").Get("artifacts").Keys());
        Assert.Equal(".nuke/temp/timings.env", file.Get("lint").Get("artifacts").Get("reports").Str("dotenv"));
        Assert.Equal(["name", "paths", "expire_in", "reports"], file.Get("build").Get("artifacts").Keys());
        Assert.False(file.Get("plain").Has("artifacts"));
        Assert.False(file.Get("gate").Has("artifacts"));
    }

    [Fact]
    public void GitHub_ignores_the_dotenv_report()
    {
        var pipeline = With(new PipelineJob("lint", "Lint", "./build.sh Lint --skip") { DotenvReport = ".nuke/temp/timings.env" }) with { FilePath = ".github/workflows/ci.yml" };

        Assert.DoesNotContain("timings.env", GitHubActionsWriter.Write(pipeline), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/abs/timings.env")]
    [InlineData("../timings.env")]
    [InlineData(".nuke/temp/*.env")]
    public void A_dotenv_report_outside_the_workspace_or_with_globs_is_rejected(string path)
    {
        var error = Assert.Throws<PipelineValidationException>(() => GitLabCiWriter.Write(With(new PipelineJob("lint", "Lint", "true") { DotenvReport = path })));

        Assert.Contains($"Job 'lint' declares the dotenv report '{path}'. Use one file relative to the workspace", error.Message, StringComparison.Ordinal);
    }
}
