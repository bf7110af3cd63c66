using Slipway.Pipelines.GitLab;
using Slipway.Pipelines.Model;
using Slipway.Pipelines.Validation;

namespace Slipway.Pipelines.Tests;

public class PipelineValidatorTests
{
    private static PipelineJob Job(string id, params string[] needs) => new(id, id, $"./build.sh {id} --skip") { Needs = needs };

    private static Pipeline With(params PipelineJob[] jobs) => new("CI", ".github/workflows/ci.yml", new PipelineTriggers { Manual = true }, jobs);

    private static string Problem(Pipeline pipeline)
    {
        var error = Assert.Throws<PipelineValidationException>(() => PipelineValidator.Validate(pipeline));
        Assert.Contains("Pipeline 'CI' (.github/workflows/ci.yml) is invalid", error.Message, StringComparison.Ordinal);
        return Assert.Single(error.Problems);
    }

    [Fact]
    public void The_sample_pipelines_are_valid()
    {
        Assert.Empty(PipelineValidator.FindProblems(SamplePipelines.Ci()));
        Assert.Empty(PipelineValidator.FindProblems(SamplePipelines.Release()));
        Assert.Empty(PipelineValidator.FindProblems(SamplePipelines.CiImage()));
        Assert.Empty(PipelineValidator.FindProblems(SamplePipelines.GitLab()));
    }

    [Fact]
    public void Unknown_need()
    {
        var problem = Problem(With(Job("lint"), Job("test", "lnt")));
        Assert.Equal("Job 'test' needs 'lnt', which is not a job in this pipeline. Add that job or remove it from the needs of 'test'.", problem);
    }

    [Fact]
    public void Duplicate_job_id() =>
        Assert.Contains("Job id 'lint' is used by more than one job", Problem(With(Job("lint"), Job("lint"))), StringComparison.Ordinal);

    [Theory]
    [InlineData("9lives")]
    [InlineData("has space")]
    [InlineData("dot.ted")]
    [InlineData("variables")]
    [InlineData("workflow")]
    public void Job_ids_unusable_as_GitLab_job_or_section_names(string id) =>
        Assert.Contains($"Job id '{id}' is not usable", Problem(With(Job(id))), StringComparison.Ordinal);

    [Fact]
    public void Download_without_the_producer_among_needs()
    {
        var producer = Job("build") with { Uploads = [new ArtifactUpload("dist", ["dist"])] };
        var consumer = Job("package") with { Downloads = [new ArtifactDownload("dist", "build")] };
        Assert.Equal("Job 'package' downloads artifact 'dist' from job 'build', which is not among its needs. Add 'build' to the needs of 'package'.", Problem(With(producer, consumer)));
    }

    [Fact]
    public void Download_of_an_artifact_the_job_does_not_upload()
    {
        var consumer = Job("package", "build") with { Downloads = [new ArtifactDownload("dist", "build")] };
        Assert.Contains("Job 'package' downloads artifact 'dist' from job 'build', which does not upload it", Problem(With(Job("build"), consumer)), StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_artifact_names()
    {
        var first = Job("a") with { Uploads = [new ArtifactUpload("dist", ["dist"])] };
        var second = Job("b") with { Uploads = [new ArtifactUpload("dist", ["out"])] };
        Assert.Equal("Job 'b' uploads artifact 'dist', already uploaded by job 'a'. GitHub artifacts are immutable per name: give each upload a unique name.", Problem(With(first, second)));
    }

    [Fact]
    public void More_than_fifty_needs()
    {
        var jobs = Enumerable.Range(0, 51).Select(i => Job($"job{i}")).ToList();
        jobs.Add(Job("gate", [.. jobs.Select(j => j.Id)]));
        Assert.Contains("Job 'gate' has 51 needs; GitLab allows at most 50", Problem(With([.. jobs])), StringComparison.Ordinal);
    }

    [Fact]
    public void More_than_two_cache_key_files()
    {
        var job = Job("test") with { Caches = [new PipelineCache("nuget", ["a.csproj", "b.csproj", "c.csproj"], [".nuget"])] };
        Assert.Contains("Job 'test' cache 'nuget' has 3 key files; GitLab needs 1 to 2", Problem(With(job)), StringComparison.Ordinal);
    }

    [Fact]
    public void More_than_four_caches()
    {
        var job = Job("test") with { Caches = [.. Enumerable.Range(0, 5).Select(i => new PipelineCache($"c{i}", ["go.sum"], [$".c{i}"]))] };
        Assert.Contains("Job 'test' has 5 caches; GitLab allows at most 4", Problem(With(job)), StringComparison.Ordinal);
    }

    [Fact]
    public void Cycles_through_needs() =>
        Assert.Contains("Jobs form a cycle through needs: a -> b -> a", Problem(With(Job("a", "b"), Job("b", "a"))), StringComparison.Ordinal);

    [Fact]
    public void Gate_with_a_command() =>
        Assert.Contains("Gate job 'gate' must need at least one job and have no command", Problem(With(Job("lint"), Job("gate", "lint") with { Gate = true })), StringComparison.Ordinal);

    [Fact]
    public void Upload_paths_must_be_relative_without_globs() =>
        Assert.Contains("Job 'build' uploads 'dist/*.tar.gz'", Problem(With(Job("build") with { Uploads = [new ArtifactUpload("dist", ["dist/*.tar.gz"])] })), StringComparison.Ordinal);

    [Fact]
    public void Retention_out_of_range() =>
        Assert.Contains("Job 'build' keeps artifact 'dist' for 91 days. Use 1 to 90 days.", Problem(With(Job("build") with { Uploads = [new ArtifactUpload("dist", ["dist"], 91)] })), StringComparison.Ordinal);

    [Fact]
    public void Duplicate_setup_requirement() =>
        Assert.Contains("Job 'build' lists GoSetup 2 times", Problem(With(Job("build") with { Setup = [new GoSetup("1.25.5"), new GoSetup("1.24")] })), StringComparison.Ordinal);

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var error = Assert.Throws<PipelineValidationException>(() => GitLabCiWriter.Write(With(Job("a", "x"), Job("a", "y"))));
        Assert.Equal(3, error.Problems.Count);
    }
}
