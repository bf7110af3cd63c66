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
        Assert.Contains($"Image {tag} labels match dockers_v2[0] and metadata.json: version main-{project.Commit[..8]}, revision {project.Commit}", run.Output, StringComparison.Ordinal);
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
        // Without declared labels, the Dockerfile's own OCI version and revision labels must follow metadata.json.
        var config = File.ReadAllText(project.Combine(".goreleaser.yaml"));
        project.Write(".goreleaser.yaml", config[..config.IndexOf("    labels:", StringComparison.Ordinal)] + config[config.IndexOf("changelog:", StringComparison.Ordinal)..]);
        project.Write("Dockerfile", "ARG BASE_IMAGE=scratch\nFROM ${BASE_IMAGE}\nARG TARGETPLATFORM\nARG VERSION\n"
            + "LABEL org.opencontainers.image.version=\"${VERSION}\" org.opencontainers.image.revision=\"fixed\"\nCOPY ${TARGETPLATFORM}/sumcheck /usr/bin/sumcheck\n");

        var run = await BuildHarness.RunAsync(new GoReleaseBuild(), project, project.Environment(("DOCKER_HOST", docker.DockerHost)),
            "DockerDryRun", "--snapshot-single-target", "--docker-base-image", docker.BaseImage);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"org.opencontainers.image.revision: expected {project.Commit}, image has fixed", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("org.opencontainers.image.version: expected", run.Output, StringComparison.Ordinal);
        var tag = BuiltImage().Match(run.Output).Groups["tag"].Value;
        Assert.Contains("Removed image " + tag, run.Output, StringComparison.Ordinal);
        using var client = docker.CreateClient();
        Assert.Null(await client.InspectImageAsync(tag));
    }

    [Fact]
    public async Task Dockers_v2_builds_in_goreleasers_layout_with_extra_files_build_args_and_the_declared_labels()
    {
        using var project = new GoProject();
        GoReleaserDouble.InstallInto(project);
        var config = File.ReadAllText(project.Combine(".goreleaser.yaml"));
        project.Write(".goreleaser.yaml", config.Replace("    dockerfile: Dockerfile\n", "    dockerfile: build/Dockerfile.release\n    extra_files: [etc/sumcheck.conf]\n", StringComparison.Ordinal)
            .Replace("      org.opencontainers.image.title: \"{{ .ProjectName }}\"", "      org.opencontainers.image.title: \"{{ .ProjectName }}\"\n      com.example.commit-date: \"{{ .CommitDate }}\"", StringComparison.Ordinal));
        project.Write("etc/sumcheck.conf", "strict = true\n");
        project.Write("build/Dockerfile.release", "ARG BASE_IMAGE=scratch\nFROM ${BASE_IMAGE}\nARG TARGETPLATFORM\nARG VERSION\n"
            + "COPY ${TARGETPLATFORM}/sumcheck /usr/bin/sumcheck\nCOPY etc/sumcheck.conf /etc/sumcheck.conf\nLABEL com.example.version-arg=\"${VERSION}\"\n");
        var commitDate = DateTimeOffset.Parse(project.Git("log", "-1", "--format=%cI").Trim(), System.Globalization.CultureInfo.InvariantCulture).UtcDateTime
            .ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);

        var run = await BuildHarness.RunAsync(new GoReleaseBuild(), project, project.Environment(("DOCKER_HOST", docker.DockerHost)),
            "DockerDryRun", "--snapshot-single-target", "--docker-base-image", docker.BaseImage);

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("Building dockers_v2[0] (build/Dockerfile.release) for linux/", run.Output, StringComparison.Ordinal);
        Assert.Contains("labels match dockers_v2[0] and metadata.json", run.Output, StringComparison.Ordinal);
        Assert.Contains("com.example.commit-date=" + commitDate, LabelsLine(run.Output), StringComparison.Ordinal);
        Assert.Contains("com.example.version-arg=main-" + project.Commit[..8], LabelsLine(run.Output), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dockers_v1_builds_with_the_binary_at_the_context_root_and_its_label_flags()
    {
        using var project = new GoProject();
        GoReleaserDouble.InstallInto(project);
        var config = File.ReadAllText(project.Combine(".goreleaser.yaml"));
        var arch = Slipway.Components.Release.DockerDryRunner.NativePlatform.Split('/')[1];
        project.Write(".goreleaser.yaml", config[..config.IndexOf("dockers_v2:", StringComparison.Ordinal)] + $$$"""
            dockers:
              - goarch: {{{arch}}}
                dockerfile: Dockerfile.release
                extra_files: [README.md]
                image_templates: ["ghcr.io/acme/sumcheck:{{ .Version }}-{{{arch}}}"]
                build_flag_templates:
                  - --platform=linux/{{{arch}}}
                  - --label=org.opencontainers.image.version={{ .Version }}
                  - --label=org.opencontainers.image.revision={{ .FullCommit }}
                  - --build-arg=GREETING=hello

            """);
        project.Write("README.md", "sumcheck\n");
        project.Write("Dockerfile.release", "ARG BASE_IMAGE=scratch\nFROM ${BASE_IMAGE}\nARG GREETING\nCOPY sumcheck /usr/bin/sumcheck\nCOPY README.md /README.md\nLABEL com.example.greeting=\"${GREETING}\"\n");

        var run = await BuildHarness.RunAsync(new GoReleaseBuild(), project, project.Environment(("DOCKER_HOST", docker.DockerHost)),
            "DockerDryRun", "--snapshot-single-target", "--docker-base-image", docker.BaseImage);

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("Building dockers[0] (Dockerfile.release) for linux/" + arch, run.Output, StringComparison.Ordinal);
        Assert.Contains("com.example.greeting=hello", LabelsLine(run.Output), StringComparison.Ordinal);
        Assert.Contains("org.opencontainers.image.revision=" + project.Commit, LabelsLine(run.Output), StringComparison.Ordinal);
    }

    private static string LabelsLine(string output) => output.Split('\n').FirstOrDefault(l => l.Contains("Image labels:", StringComparison.Ordinal)) ?? "(no labels line)";

    [GeneratedRegex(@"Built image (?<tag>\S+) \(sha256:")]
    private static partial Regex BuiltImage();
}
