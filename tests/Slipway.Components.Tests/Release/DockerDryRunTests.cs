using System.Text.RegularExpressions;
using Slipway.Components.Tests.Tools;
using Xunit;

namespace Slipway.Components.Tests.Release;

/// <summary>DockerDryRun through the Docker Engine API against the real daemon (no buildx here), on a snapshot from the GoReleaser TEST DOUBLE.</summary>
[Collection(TestCollections.Docker)]
public sealed partial class DockerDryRunTests(DockerDaemonFixture docker)
{
    [Fact]
    public async Task Builds_the_release_image_from_dist_checks_its_labels_and_removes_it()
    {
        using var project = new GoProject();
        GoReleaserDouble.InstallInto(project);

        var run = await BuildHarness.RunAsync(new GoReleaseBuild(), project, project.Environment(("DOCKER_HOST", docker.DockerHost)),
            "DockerDryRun", "--snapshot-single-target", "--docker-base-image", docker.BaseImage);

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("with the Docker Engine API at " + docker.DockerHost, run.Output, StringComparison.Ordinal);
        var tag = BuiltImage().Match(run.Output).Groups["tag"].Value;
        Assert.StartsWith("slipway-dry-run/sumcheck:main-" + project.Commit[..8] + "-", tag, StringComparison.Ordinal);
        Assert.Contains($"Image {tag} labels match metadata.json: version main-{project.Commit[..8]}, revision {project.Commit}", run.Output, StringComparison.Ordinal);
        Assert.Contains("Removed image " + tag, run.Output, StringComparison.Ordinal);
        using var client = docker.CreateClient();
        Assert.Null(await client.InspectImageAsync(tag));
        Assert.Empty(Directory.GetDirectories(Path.Combine(project.Root, ".nuke", "temp"), "docker-dry-run-*"));
    }

    [Fact]
    public async Task A_Dockerfile_that_fails_to_build_fails_the_target_with_the_daemon_message()
    {
        using var project = new GoProject();
        GoReleaserDouble.InstallInto(project);
        project.Write("Dockerfile", "ARG BASE_IMAGE=scratch\nFROM ${BASE_IMAGE}\nRUN exit 3\n");

        var run = await BuildHarness.RunAsync(new GoReleaseBuild(), project, project.Environment(("DOCKER_HOST", docker.DockerHost)),
            "DockerDryRun", "--snapshot-single-target", "--docker-base-image", docker.BaseImage);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("DockerDryRun failed: build image failed", run.Output, StringComparison.Ordinal);
        Assert.Contains("returned a non-zero code: 3", run.Output, StringComparison.Ordinal);
        Assert.Contains("was not built, nothing to remove", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Labels_that_do_not_follow_the_metadata_fail_the_check()
    {
        using var project = new GoProject();
        GoReleaserDouble.InstallInto(project);
        project.Write("Dockerfile", "ARG BASE_IMAGE=scratch\nFROM ${BASE_IMAGE}\nARG TARGETPLATFORM\nARG VERSION\n"
            + "LABEL org.opencontainers.image.version=\"${VERSION}\" org.opencontainers.image.revision=\"fixed\"\nCOPY ${TARGETPLATFORM}/sumcheck /usr/bin/sumcheck\n");

        var run = await BuildHarness.RunAsync(new GoReleaseBuild(), project, project.Environment(("DOCKER_HOST", docker.DockerHost)),
            "DockerDryRun", "--snapshot-single-target", "--docker-base-image", docker.BaseImage);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"org.opencontainers.image.revision: expected {project.Commit}, image has fixed", run.Output, StringComparison.Ordinal);
        Assert.Contains("org.opencontainers.image.created: expected", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("org.opencontainers.image.version: expected", run.Output, StringComparison.Ordinal);
        var tag = BuiltImage().Match(run.Output).Groups["tag"].Value;
        Assert.Contains("Removed image " + tag, run.Output, StringComparison.Ordinal);
        using var client = docker.CreateClient();
        Assert.Null(await client.InspectImageAsync(tag));
    }

    [GeneratedRegex(@"Built image (?<tag>\S+) \(sha256:")]
    private static partial Regex BuiltImage();
}
