using Slipway.Pipelines.GitHub;
using Slipway.Pipelines.GitLab;
using Slipway.Pipelines.Model;
using Slipway.Pipelines.Validation;

namespace Slipway.Pipelines.Tests;

/// <summary>The build-program cache, the Go caches and the variables that tell the build what its caches restored.</summary>
public class CacheWritingTests
{
    private static readonly BuildProgramCache Program = new(".nuke/temp/build-bin", "./build.sh --source-hash");

    private static Pipeline WithProgramCache(Pipeline pipeline) => pipeline with
    {
        Jobs = [.. pipeline.Jobs.Select(j => j with { Setup = [.. j.Setup.Select(s => s is DotNetSetup d ? d with { ProgramCache = Program } : s)] })],
    };

    private static YamlDotNet.RepresentationModel.YamlNode Dotnet(YamlDotNet.RepresentationModel.YamlNode job) =>
        job.Seq("steps").Single(s => s.Has("uses") && s.Str("uses").StartsWith("actions/setup-dotnet@", StringComparison.Ordinal));

    [Fact]
    public void A_GitHub_job_restores_the_build_program_by_its_source_hash_before_the_sdk_and_restores_NuGet_only_on_a_miss()
    {
        var lint = YamlQuery.Parse(GitHubActionsWriter.Write(WithProgramCache(SamplePipelines.Ci()))).Get("jobs").Get("lint");
        var steps = lint.Seq("steps");
        var names = steps.Select(s => s.Str("name")).ToList();

        Assert.True(names.IndexOf("Hash the build sources") < names.IndexOf("Cache the build program") && names.IndexOf("Cache the build program") < names.IndexOf("Set up .NET"), string.Join(", ", names));
        var hash = steps.Single(s => s.Str("name") == "Hash the build sources");
        Assert.Equal(("build-sources", "echo \"hash=$(./build.sh --source-hash)\" >> \"$GITHUB_OUTPUT\""), (hash.Str("id"), hash.Str("run")));
        var cache = steps.Single(s => s.Str("name") == "Cache the build program");
        Assert.Equal(".nuke/temp/build-bin", cache.Get("with").Str("path"));
        Assert.Equal("slipway-build-program-${{ runner.os }}-${{ steps.build-sources.outputs.hash }}", cache.Get("with").Str("key"));
        Assert.False(cache.Get("with").Has("restore-keys")); // a stale program would only be compiled again
        Assert.Equal("${{ steps.build-program.outputs.cache-hit != 'true' }}", Dotnet(lint).Get("with").Str("cache"));
    }

    [Fact]
    public void The_run_step_is_told_what_every_cache_step_restored()
    {
        var lint = YamlQuery.Parse(GitHubActionsWriter.Write(WithProgramCache(SamplePipelines.Ci()))).Get("jobs").Get("lint");
        var run = lint.Seq("steps").Single(s => s.Str("name") == "Run");

        Assert.Equal(
            "build-program=${{ steps.build-program.outputs.cache-hit }} nuget=${{ steps.nuget.outputs.cache-hit }} go-modules=${{ steps.go-modules.outputs.cache-hit }} go-build=${{ steps.go-build.outputs.cache-hit }}",
            run.Get("env").Str(GitHubActionsWriter.CacheHitsVariable));
        foreach (var id in new[] { "build-program", "nuget", "go-modules", "go-build" })
        {
            Assert.Single(lint.Seq("steps"), s => s.Has("id") && s.Str("id") == id);
        }
    }

    [Fact]
    public void Without_a_program_cache_NuGet_is_always_restored_and_nothing_hashes_the_sources()
    {
        var lint = YamlQuery.Parse(GitHubActionsWriter.Write(SamplePipelines.Ci())).Get("jobs").Get("lint");

        Assert.Equal("true", Dotnet(lint).Get("with").Str("cache"));
        Assert.DoesNotContain(lint.Seq("steps"), s => s.Str("name") == "Hash the build sources");
    }

    [Fact]
    public void A_GitLab_cache_with_a_written_key_has_fallback_keys_and_the_job_names_its_cached_paths()
    {
        var goBuild = new PipelineCache("go-build", [], [".go/cache"]) { Key = "go-build-$CI_COMMIT_REF_SLUG", FallbackKeys = ["go-build-$CI_DEFAULT_BRANCH"] };
        var modules = new PipelineCache("go-modules", ["go.sum"], [".go/pkg/mod"]);
        var sample = SamplePipelines.GitLab();
        var pipeline = sample with { Jobs = [.. sample.Jobs.Select(j => j.Id == "lint" ? j with { Caches = [modules, goBuild] } : j)] };

        var lint = YamlQuery.Parse(GitLabCiWriter.Write(pipeline)).Get("lint");
        var caches = lint.Seq("cache");

        Assert.Equal("go-build-$CI_COMMIT_REF_SLUG", caches[1].Str("key"));
        Assert.Equal(["go-build-$CI_DEFAULT_BRANCH"], caches[1].Strings("fallback_keys"));
        Assert.Equal(["go.sum"], caches[0].Get("key").Strings("files"));
        Assert.Equal("go-modules=.go/pkg/mod go-build=.go/cache", lint.Get("variables").Str(GitLabCiWriter.CachePathsVariable));
    }

    [Fact]
    public void A_cache_needs_either_key_files_or_a_written_key_not_both()
    {
        var sample = SamplePipelines.GitLab();
        var both = new PipelineCache("go-build", ["go.sum"], [".go/cache"]) { Key = "go-build" };
        var pipeline = sample with { Jobs = [.. sample.Jobs.Select(j => j.Id == "lint" ? j with { Caches = [both] } : j)] };

        var error = Assert.Throws<PipelineValidationException>(() => GitLabCiWriter.Write(pipeline));
        Assert.Contains("cache 'go-build' has 1 key files; GitLab needs 1 to 2, or a written key and none", error.Message, StringComparison.Ordinal);
    }
}
