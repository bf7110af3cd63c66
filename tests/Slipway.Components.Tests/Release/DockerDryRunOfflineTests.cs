using Slipway.Clients.GoReleaser;
using Slipway.Components.Release;
using Slipway.Components.Tests.Tools;
using Xunit;

namespace Slipway.Components.Tests.Release;

public sealed class DockerDryRunOfflineTests
{
    [Fact]
    public async Task An_unreachable_daemon_fails_with_what_to_do()
    {
        using var project = new GoProject();
        GoReleaserDouble.InstallInto(project);
        var socket = $"/tmp/slipway-no-daemon-{Guid.NewGuid():N}.sock";

        var run = await BuildHarness.RunAsync(new GoReleaseBuild(), project, project.Environment(("DOCKER_HOST", "unix://" + socket)), "DockerDryRun", "--snapshot-single-target");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"DockerDryRun failed: Cannot reach the Docker daemon at unix://{socket}", run.Output, StringComparison.Ordinal);
        Assert.Contains("point DOCKER_HOST at a running daemon", run.Output, StringComparison.Ordinal);
        Assert.Empty(Directory.GetDirectories(Path.Combine(project.Root, ".nuke", "temp"), "docker-dry-run-*"));
    }

    [Fact]
    public void Buildx_command_builds_the_native_platform_into_the_local_store_and_pushes_nothing()
    {
        var arguments = DockerDryRunner.BuildxArguments("/ctx", "linux/arm64", "slipway-dry-run/sumcheck:main-a1b2c3d4-0f0f0f0f",
            new Dictionary<string, string> { ["VERSION"] = "main-a1b2c3d4", ["BASE_IMAGE"] = "busybox", ["REVISION"] = "abc" });

        Assert.Equal(
            ["buildx", "build", "--platform", "linux/arm64", "--load", "--file", "/ctx/Dockerfile", "--tag", "slipway-dry-run/sumcheck:main-a1b2c3d4-0f0f0f0f",
                "--build-arg", "BASE_IMAGE=busybox", "--build-arg", "REVISION=abc", "--build-arg", "VERSION=main-a1b2c3d4", "/ctx"],
            arguments);
        Assert.DoesNotContain("--push", arguments);
    }

    [Fact]
    public void Build_args_carry_the_metadata_and_leave_out_unknown_values()
    {
        var metadata = new GoReleaserMetadata { ProjectName = "sumcheck", Version = "1.2.3", Commit = "abc123", Date = "2026-11-01T10:00:00Z" };

        Assert.Equal(
            new Dictionary<string, string> { ["VERSION"] = "1.2.3", ["REVISION"] = "abc123", ["CREATED"] = "2026-11-01T10:00:00Z" },
            DockerDryRunner.BuildArgs(metadata, source: null, baseImage: null));
        Assert.Equal("https://github.com/o/r", DockerDryRunner.BuildArgs(metadata, "https://github.com/o/r", "busybox")["SOURCE"]);
        Assert.Equal("busybox", DockerDryRunner.BuildArgs(metadata, null, "busybox")["BASE_IMAGE"]);
    }
}
