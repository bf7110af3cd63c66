using Slipway.Components.Tests.Tools;
using Xunit;

namespace Slipway.Components.Tests.Release;

/// <summary>SnapshotBuild and CheckArtifactParity against the GoReleaser TEST DOUBLE, which builds real binaries with real Go.</summary>
public sealed class SnapshotBuildTests
{
    [Fact]
    public async Task Single_target_snapshot_runs_the_exact_command_with_the_branch_version_and_prints_the_table()
    {
        using var project = new GoProject();
        GoReleaserDouble.InstallInto(project);

        var run = await BuildHarness.RunAsync(new GoReleaseBuild(), project, project.Environment(), "SnapshotBuild", "--snapshot-single-target");

        Assert.True(run.ExitCode == 0, run.Output);
        var version = "main-" + project.Commit[..8];
        Assert.Contains($"> {project.BinDirectory}/goreleaser build --snapshot --single-target --clean", run.Output, StringComparison.Ordinal);
        Assert.Contains($"version {version}", run.Output, StringComparison.Ordinal);
        Assert.Matches(@"PLATFORM\s+ARTIFACT\s+SIZE\s+SHA256", run.Output);
        Assert.Matches(@"linux/amd64\s+sumcheck \(binary\)\s+[\d.]+ MiB\s+[0-9a-f]{64}", run.Output);
        Assert.Contains("No checksums file", run.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(project.DistPath, "sumcheck_linux_amd64_v1", "sumcheck")));
    }

    [Fact]
    public async Task A_snapshot_template_that_ignores_the_version_stops_the_build_before_it_starts_saying_how_to_fix_it()
    {
        using var project = new GoProject();
        GoReleaserDouble.InstallInto(project);
        var config = File.ReadAllText(project.Combine(".goreleaser.yaml"));
        var start = config.IndexOf("  version_template:", StringComparison.Ordinal);
        var end = config.IndexOf('\n', start);
        project.Write(".goreleaser.yaml", config[..start] + "  version_template: \"{{ .Version }}-next\"" + config[end..]);

        var run = await BuildHarness.RunAsync(new GoReleaseBuild(), project, project.Environment(), "SnapshotBuild");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("snapshot.version_template is '{{ .Version }}-next', which does not read SNAPSHOT_VERSION", run.Output, StringComparison.Ordinal);
        Assert.Contains("version_template: '{{ envOrDefault \"SNAPSHOT_VERSION\" (printf \"%s-next\" (.Version)) }}'", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("goreleaser TEST DOUBLE", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Goreleaser_args_are_passed_on_after_slipways_own()
    {
        using var project = new GoProject();
        GoReleaserDouble.InstallInto(project);

        var run = await BuildHarness.RunAsync(new GoReleaseBuild(), project, project.Environment(), "SnapshotBuild", "--snapshot-single-target",
            "--goreleaser-args=--skip=before --parallelism=1");

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("goreleaser TEST DOUBLE: build --snapshot --single-target --clean --skip=before --parallelism=1", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_full_snapshot_without_a_docker_daemon_skips_the_image_steps_and_says_so()
    {
        using var project = new GoProject();
        GoReleaserDouble.InstallInto(project);
        var environment = project.Environment(("DOCKER_HOST", "unix://" + project.Combine("no-daemon.sock")));

        var run = await BuildHarness.RunAsync(new GoReleaseBuild(), project, environment, "SnapshotBuild");

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("the snapshot skips its image steps (--skip=docker)", run.Output, StringComparison.Ordinal);
        Assert.Contains("goreleaser TEST DOUBLE: release --snapshot --clean --skip=docker", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pull_requests_on_CI_take_the_single_target_path_and_the_head_branch_slug()
    {
        using var project = new GoProject();
        GoReleaserDouble.InstallInto(project);
        var environment = project.Environment(("GITHUB_ACTIONS", "true"), ("GITHUB_EVENT_NAME", "pull_request"), ("GITHUB_SHA", project.Commit),
            ("GITHUB_HEAD_REF", "feature/Faster_Builds"), ("GITHUB_REF", "refs/pull/7/merge"), ("GITHUB_REF_NAME", "7/merge"));

        var run = await BuildHarness.RunAsync(new GoReleaseBuild(), project, environment, "SnapshotBuild");

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("goreleaser build --snapshot --single-target --clean", run.Output, StringComparison.Ordinal);
        Assert.Contains("version feature-faster-builds-" + project.Commit[..8], run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_full_snapshots_of_one_commit_have_parity_and_a_changed_binary_is_named()
    {
        using var project = new GoProject();
        GoReleaserDouble.InstallInto(project);
        using var reference = new Slipway.Testing.TempDirectory("slipway-parity");

        var first = await BuildHarness.RunAsync(new GoReleaseBuild(), project, project.Environment(), "CheckArtifactParity");
        Assert.True(first.ExitCode == 0, first.Output);
        Assert.Contains("goreleaser release --snapshot --clean", first.Output, StringComparison.Ordinal);
        Assert.Contains("All 6 checksums in sumcheck_main-" + project.Commit[..8] + "_checksums.txt match", first.Output, StringComparison.Ordinal);
        Assert.Contains("No --parity-reference given", first.Output, StringComparison.Ordinal);
        var referenceDist = Path.Combine(reference.Path, "dist");
        CopyDirectory(project.DistPath, referenceDist);

        var second = await BuildHarness.RunAsync(new GoReleaseBuild(), project, project.Environment(), "CheckArtifactParity", "--parity-reference", referenceDist);
        Assert.True(second.ExitCode == 0, second.Output);
        Assert.Contains("dist/ matches release-contract.json and " + referenceDist + ": 6 platform(s), 12 artifact(s)", second.Output, StringComparison.Ordinal);

        File.AppendAllText(Path.Combine(referenceDist, "sumcheck_linux_arm64_v8.0", "sumcheck"), "changed");
        var third = await BuildHarness.RunAsync(new GoReleaseBuild(), project, project.Environment(), "CheckArtifactParity", "--skip", "SnapshotBuild",
            "--parity-reference", referenceDist);
        Assert.Equal(1, third.ExitCode);
        Assert.Contains("1 artifact difference(s)", third.Output, StringComparison.Ordinal);
        Assert.Contains("Checksum sumcheck (linux/arm64): expected sha256:", third.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_reproducibility_proof_rebuilds_the_commit_in_a_fresh_clone_and_finds_it_identical()
    {
        using var project = new GoProject();
        GoReleaserDouble.InstallInto(project);

        var run = await BuildHarness.RunAsync(new GoReleaseBuild(), project, project.Environment(), "CheckArtifactParity", "--prove-reproducibility");

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("Reproducibility proof: building " + project.Commit[..8] + " again in " + project.Root + "/.nuke/temp/reproducibility-", run.Output, StringComparison.Ordinal);
        Assert.Contains("Reproducible: a second build of " + project.Commit[..8] + " at another path has identical artifacts (12)", run.Output, StringComparison.Ordinal);
        Assert.Empty(Directory.GetDirectories(Path.Combine(project.Root, ".nuke", "temp"), "reproducibility-*"));
    }

    [Fact]
    public async Task The_reproducibility_proof_fails_naming_each_artifact_a_build_clock_changes()
    {
        using var project = new GoProject();
        GoReleaserDouble.InstallInto(project);
        GoReleaserDouble.Control(project, "mode=build-clock"); // Untracked: only the first build embeds its own time.

        var run = await BuildHarness.RunAsync(new GoReleaseBuild(), project, project.Environment(), "CheckArtifactParity", "--prove-reproducibility");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("reproducibility (second build of " + project.Commit[..8] + " in a fresh clone): Checksum sumcheck (linux/amd64): expected sha256:", run.Output, StringComparison.Ordinal);
        Assert.Contains("Checksum sumcheck_main-" + project.Commit[..8] + "_linux_amd64.tar.gz (linux/amd64)", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_dist_missing_a_contract_platform_fails_parity_naming_it()
    {
        using var project = new GoProject();
        GoReleaserDouble.InstallInto(project);
        GoReleaserDouble.Control(project, "platforms=linux/amd64,linux/arm64,darwin/amd64,windows/amd64,windows/arm64");

        var run = await BuildHarness.RunAsync(new GoReleaseBuild(), project, project.Environment(), "CheckArtifactParity");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("contract: MissingPlatform darwin/arm64", run.Output, StringComparison.Ordinal);
        Assert.Contains("release-contract.json: error: release contract: MissingPlatform darwin/arm64", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Parity_is_skipped_for_single_target_snapshots_with_the_reason()
    {
        using var project = new GoProject();
        GoReleaserDouble.InstallInto(project);

        var run = await BuildHarness.RunAsync(new GoReleaseBuild(), project, project.Environment(), "CheckArtifactParity", "--snapshot-single-target");

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("a single-target snapshot has one platform only", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("mode=malformed", "artifacts.json")]
    [InlineData("mode=no-dist", "dist directory not found")]
    [InlineData("mode=bad-checksum", "do not match sumcheck_main-")]
    public async Task Bad_GoReleaser_output_fails_SnapshotBuild_with_a_clear_message(string control, string expected)
    {
        using var project = new GoProject();
        GoReleaserDouble.InstallInto(project);
        GoReleaserDouble.Control(project, control, "platforms=linux/amd64,windows/amd64");

        var run = await BuildHarness.RunAsync(new GoReleaseBuild(), project, project.Environment(), "SnapshotBuild");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("SnapshotBuild failed: ", run.Output, StringComparison.Ordinal);
        Assert.Contains(expected, run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failing_goreleaser_fails_SnapshotBuild_showing_its_output()
    {
        using var project = new GoProject();
        GoReleaserDouble.InstallInto(project);
        project.Write("broken.go", "package main\n\nfunc broken() { undefined() }\n");

        var run = await BuildHarness.RunAsync(new GoReleaseBuild(), project, project.Environment(), "SnapshotBuild", "--snapshot-single-target");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("failed with exit code 1", run.Output, StringComparison.Ordinal);
        Assert.Contains("undefined: undefined", run.Output, StringComparison.Ordinal);
    }

    private static void CopyDirectory(string source, string destination)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(destination, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
