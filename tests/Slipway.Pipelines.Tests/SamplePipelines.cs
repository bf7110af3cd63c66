using Slipway.Pipelines.Environment;
using Slipway.Pipelines.Model;

namespace Slipway.Pipelines.Tests;

/// <summary>Pipelines shaped like Slipway's own: what the target-graph compiler is expected to produce.</summary>
internal static class SamplePipelines
{
    internal static readonly DotNetSetup DotNet = new("global.json", ["build/_build.csproj", "Directory.Build.props"]);
    internal static readonly GoSetup Go = new("1.25.5");
    internal static readonly GoReleaserSetup GoReleaser = new("v2.12.0");
    internal static readonly QemuSetup Qemu = new(["linux/amd64", "linux/arm64"]);
    internal static readonly RegistryLoginSetup GhcrLogin = new("ghcr.io", "${{ github.actor }}", "GITHUB_TOKEN");
    internal static readonly RegistryLoginSetup GitLabLogin = new("$CI_REGISTRY", "$CI_REGISTRY_USER", "CI_REGISTRY_PASSWORD");

    private static readonly Dictionary<string, string> Quiet = new(StringComparer.Ordinal) { ["DOTNET_NOLOGO"] = "true", ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1" };

    /// <summary>The GitLab CI image of the samples, with the facts the pipeline declares for it.</summary>
    internal const string GitLabImage = "registry.gitlab.com/slipway/slipway/ci:latest";

    internal static Pipeline Ci() => new("CI", ".github/workflows/ci.yml",
        new PipelineTriggers { Push = new PushTrigger { Branches = ["main"] }, PullRequest = new PullRequestTrigger { Branches = ["main"] }, Manual = true },
        [
            new PipelineJob("lint", "Lint", "./build.sh Lint --skip") { Setup = [DotNet, Go], Interruptible = true, TimeoutMinutes = 15 },
            new PipelineJob("test", "Test", "./build.sh Test --skip") { Setup = [Go, DotNet], Interruptible = true, TimeoutMinutes = 20 },
            new PipelineJob("snapshot-build", "Snapshot build", "./build.sh SnapshotBuild --skip")
            {
                Setup = [DotNet, Go, GoReleaser, new FullGitHistorySetup()],
                Uploads = [new ArtifactUpload("snapshot-dist", ["dist"])],
                Interruptible = true,
            },
            new PipelineJob("docker-dry-run", "Docker dry run", "./build.sh DockerDryRun --skip")
            {
                Needs = ["snapshot-build"],
                Setup = [DotNet, new DockerBuildxSetup()],
                Downloads = [new ArtifactDownload("snapshot-dist", "snapshot-build")],
                NeedsDockerDaemon = true,
                Interruptible = true,
            },
            new PipelineJob("validate-release", "Validate release", "") { Needs = ["lint", "test", "snapshot-build", "docker-dry-run"], Gate = true, TimeoutMinutes = 5 },
        ])
    {
        Environment = Quiet,
    };

    internal static Pipeline Release() => new("Release", ".github/workflows/release.yml",
        new PipelineTriggers { Push = new PushTrigger { Tags = ["v*"] } },
        [
            new PipelineJob("release", "Release", "./build.sh Release --skip")
            {
                Setup = [DotNet, Go, GoReleaser, Qemu, new DockerBuildxSetup(), GhcrLogin, new FullGitHistorySetup()],
                Permissions = new Dictionary<string, AccessLevel>(StringComparer.Ordinal) { ["contents"] = AccessLevel.Write, ["packages"] = AccessLevel.Write },
                Secrets = new Dictionary<string, string>(StringComparer.Ordinal) { ["GITHUB_TOKEN"] = "GITHUB_TOKEN" },
                Uploads = [new ArtifactUpload("release-dist", ["dist"], RetentionDays: 7)],
                SerializationGroup = "release",
                TimeoutMinutes = 60,
            },
        ])
    {
        Concurrency = PipelineConcurrency.PerRefNeverCancelled,
        Environment = Quiet,
    };

    internal static Pipeline CiImage() => new("CI image", ".github/workflows/ci-image.yml",
        new PipelineTriggers { Push = new PushTrigger { Branches = ["main"], Paths = [".ci/**", "mise.toml"] }, Manual = true, Schedules = ["17 4 * * 1"] },
        [
            new PipelineJob("build-ci-image", "Build CI image", "./build.sh BuildCiImage --skip")
            {
                Setup = [DotNet, Qemu, new DockerBuildxSetup(), GhcrLogin],
                Permissions = new Dictionary<string, AccessLevel>(StringComparer.Ordinal) { ["packages"] = AccessLevel.Write },
                SerializationGroup = "ci-image",
            },
        ]);

    /// <summary>The single GitLab file: CI jobs, the tag-only release and the path-triggered CI image build.</summary>
    internal static Pipeline GitLab()
    {
        PipelineCache GoCache(CachePolicy policy) => new("go", ["go.sum"], [".go/pkg/mod", ".go/cache"], policy);
        var nuget = new PipelineCache("nuget", ["build/_build.csproj", "Directory.Build.props"], [".nuget/packages"]);
        var ci = Ci();
        var jobs = ci.Jobs.Select(j => j.Id switch
        {
            "lint" => j with { Caches = [GoCache(CachePolicy.PullPush), nuget with { Policy = CachePolicy.PullPush }], SerializationGroup = "cache-writer" },
            "validate-release" => j,
            _ => j with { Caches = [GoCache(CachePolicy.Pull), nuget] },
        }).ToList();
        jobs.Add(Release().Jobs[0] with { Rules = [JobRule.Tags], Setup = [GoReleaser, Qemu, new DockerBuildxSetup(), GitLabLogin, new FullGitHistorySetup()], NeedsDockerDaemon = true, Secrets = new Dictionary<string, string>(StringComparer.Ordinal) { ["GITLAB_TOKEN"] = "RELEASE_TOKEN" } });
        jobs.Add(CiImage().Jobs[0] with { Rules = [JobRule.DefaultBranch with { Changes = [".ci/**/*", "mise.toml"] }], Setup = [Qemu, new DockerBuildxSetup(), GitLabLogin], NeedsDockerDaemon = true });
        return new Pipeline("GitLab CI", ".gitlab-ci.yml",
            new PipelineTriggers { Push = new PushTrigger { Branches = ["main"], Tags = ["v*"] }, PullRequest = new PullRequestTrigger(), Manual = true },
            jobs)
        {
            Environment = ci.Environment,
            GitLab = new GitLabOptions
            {
                DefaultImage = GitLabImage,
                Images = new Dictionary<string, ImageFacts>(StringComparer.Ordinal)
                {
                    [GitLabImage] = new(GitLabImage, new HashSet<string>(["bash", "dotnet-runtime", "go", "goreleaser", "docker", "docker-buildx"], StringComparer.Ordinal), "a test CI image", ""),
                },
            },
        };
    }
}
