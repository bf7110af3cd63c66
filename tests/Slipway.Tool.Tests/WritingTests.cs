using Slipway.Tool.Detection;
using Slipway.Tool.Planning;
using Slipway.Tool.Writing;
using Xunit;

namespace Slipway.Tool.Tests;

public sealed class WritingTests
{
    private static readonly PlannedFile Script = new("build.sh", "#!/usr/bin/env bash\necho new\n", Executable: true);

    [Fact]
    public void An_existing_file_is_left_alone_and_reported()
    {
        using var root = new TempDirectory("slipway-init-unit");
        root.Write("build.sh", "mine\n");

        var outcome = Assert.Single(InitFileWriter.Write(root.Path, [Script], force: false, dryRun: false));

        Assert.Equal(FileOutcome.Kept, outcome.Outcome);
        Assert.Equal("mine\n", File.ReadAllText(root.Combine("build.sh")));
    }

    [Fact]
    public void Force_replaces_an_existing_file()
    {
        using var root = new TempDirectory("slipway-init-unit");
        root.Write("build.sh", "mine\n");

        Assert.Equal(FileOutcome.Replaced, InitFileWriter.Write(root.Path, [Script], force: true, dryRun: false).Single().Outcome);
        Assert.Equal(Script.Content, File.ReadAllText(root.Combine("build.sh")));
    }

    [Fact]
    public void A_dry_run_writes_nothing_and_says_what_it_would_write()
    {
        using var root = new TempDirectory("slipway-init-unit");
        root.Write("build.sh", "mine\n");
        var files = new[] { Script with { Path = "build/Build.cs" }, Script };

        var outcomes = InitFileWriter.Write(root.Path, files, force: true, dryRun: true);

        Assert.Equal([FileOutcome.Created, FileOutcome.Replaced], outcomes.Select(o => o.Outcome));
        Assert.False(File.Exists(root.Combine("build", "Build.cs")));
        Assert.Equal("mine\n", File.ReadAllText(root.Combine("build.sh")));
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void A_new_script_is_executable()
    {
        using var root = new TempDirectory("slipway-init-unit");

        InitFileWriter.Write(root.Path, [Script], force: false, dryRun: false);

        Assert.True(File.GetUnixFileMode(root.Combine("build.sh")).HasFlag(UnixFileMode.UserExecute));
    }

    [Fact]
    public void Gitignore_entries_are_appended_without_changing_a_line_and_only_once()
    {
        using var root = new TempDirectory("slipway-init-unit");
        root.Write(".gitignore", "/dist/\nbuild/obj/"); // no final newline, one entry already there
        var entries = new PlannedFile(".gitignore", "# Slipway build outputs\n.nuke/temp/\nbuild/bin/\nbuild/obj/\n", AppendLines: true);

        Assert.Equal(FileOutcome.Appended, InitFileWriter.Write(root.Path, [entries], force: false, dryRun: false).Single().Outcome);
        Assert.Equal("/dist/\nbuild/obj/\n# Slipway build outputs\n.nuke/temp/\nbuild/bin/\n", File.ReadAllText(root.Combine(".gitignore")));
        Assert.Equal(FileOutcome.UpToDate, InitFileWriter.Write(root.Path, [entries], force: true, dryRun: false).Single().Outcome);
    }

    [Fact]
    public void The_project_references_the_packages_and_shuts_out_the_repositorys_msbuild_settings()
    {
        var project = InitFiles.Project("1.2.3");

        Assert.Contains("<PackageReference Include=\"Slipway.Components\" Version=\"1.2.3\" />", project, StringComparison.Ordinal);
        Assert.True(project.IndexOf("<ImportDirectoryBuildProps>false", StringComparison.Ordinal) < project.IndexOf("Sdk.props", StringComparison.Ordinal));
        Assert.Contains("<TreatWarningsAsErrors>false</TreatWarningsAsErrors>", project, StringComparison.Ordinal);
        Assert.Contains("<ImportDirectoryPackagesProps>false</ImportDirectoryPackagesProps>", project, StringComparison.Ordinal);
    }

    [Fact]
    public void A_package_source_inside_the_repository_is_written_relative_to_build_and_global_json_only_when_absent()
    {
        using var root = new TempDirectory("slipway-init-unit");
        Directory.CreateDirectory(root.Combine("artifacts", "packages"));
        root.Write("global.json", "{}");
        var plan = new BuildPlan { Components = ["ITest"], DefaultTarget = TargetRef.Test };

        var files = InitFiles.For(plan, root.Path, "1.2.3", root.Combine("artifacts", "packages"));

        Assert.Contains("value=\"../artifacts/packages\"", files.Single(f => f.Path == "build/nuget.config").Content, StringComparison.Ordinal);
        Assert.DoesNotContain(files, f => f.Path == "global.json");
        Assert.DoesNotContain(InitFiles.For(plan, root.Path, "1.2.3", null), f => f.Path == "build/nuget.config");
    }

    [Fact]
    public void Build_cs_carries_the_triggers_and_targets_of_the_plan()
    {
        var plan = new BuildPlan
        {
            Components = ["IValidateRelease", "IRelease", "ICiImage"],
            DefaultTarget = TargetRef.ValidateRelease,
            GitLabFile = ".gitlab-ci.slipway.yml",
            Pipelines =
            [
                new(CiSystemKind.GitLab, "ci", ".gitlab-ci.slipway.yml", new CiTriggers { PullRequests = true, PushBranches = ["$CI_DEFAULT_BRANCH"] }, [TargetRef.ValidateRelease]) { CiImageTarget = TargetRef.BuildCiImage },
                new(CiSystemKind.GitHub, "release", ".github/workflows/release.yml", new CiTriggers { PushTags = ["v*"], Called = true }, [TargetRef.Release]) { Release = true, TagInput = "tag" },
            ],
            CiToolVersions = new Dictionary<string, string>(StringComparer.Ordinal) { ["goreleaser"] = "~> v2" },
            UsesMise = true,
        };

        var source = BuildSource.Render(plan);

        Assert.Contains("[GitLab(\n    File = \".gitlab-ci.slipway.yml\",\n    OnMergeRequests = true,\n    OnPushBranches = [\"$CI_DEFAULT_BRANCH\"],\n    CiImageTarget = nameof(ICiImage.BuildCiImage),\n    InvokedTargets = [nameof(IValidateRelease.ValidateRelease)])]", source, StringComparison.Ordinal);
        Assert.Contains("[GitHubActions(\n    \"release\",\n    OnPushTags = [\"v*\"],\n    OnWorkflowCall = true,\n    TagInput = \"tag\",\n    CancelInProgress = false,", source, StringComparison.Ordinal);
        Assert.Contains("internal sealed class Build : Slipway.SlipwayBuild, IValidateRelease, IRelease, ICiImage", source, StringComparison.Ordinal);
        Assert.Contains("Execute<Build>(args, x => ((IValidateRelease)x).ValidateRelease)", source, StringComparison.Ordinal);
        Assert.Contains("[\"goreleaser\"] = \"~> v2\",", source, StringComparison.Ordinal);
        Assert.Contains("new MiseToolLocator(Context)", source, StringComparison.Ordinal);
    }

    [Fact]
    public void A_string_literal_escapes_quotes_and_backslashes()
    {
        Assert.Equal("\"a\\\"b\\\\c\"", BuildSource.Literal("a\"b\\c"));
    }
}
