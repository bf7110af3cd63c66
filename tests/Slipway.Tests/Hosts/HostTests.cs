using Slipway.Hosts;

namespace Slipway.Tests.Hosts;

public sealed class HostTests
{
    private static Dictionary<string, string> Env(params (string Key, string Value)[] entries) =>
        entries.ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);

    private sealed class PlainBuild : SlipwayBuild
    {
        public Target Compile => _ => _.Executes(() => { });
    }

    private static Host Detect(string root, params (string Key, string Value)[] entries) => HostDetection.Detect(typeof(PlainBuild), Env(entries), root);

    [Fact]
    public void Detect_picks_the_host_from_the_environment()
    {
        using var root = TempDirectory.ForBuild();

        Assert.IsType<GitHubActionsHost>(Detect(root.Path, ("GITHUB_ACTIONS", "true")));
        Assert.IsType<GitLabCiHost>(Detect(root.Path, ("GITLAB_CI", "true")));
        Assert.IsType<TerminalHost>(Detect(root.Path, ("GITHUB_ACTIONS", "false")));
        Assert.False(Detect(root.Path).IsCi);
    }

    [Fact]
    public void A_Forgejo_runner_is_told_from_GitHub_though_it_sets_GITHUB_ACTIONS_too()
    {
        using var root = TempDirectory.ForBuild();

        var host = Assert.IsType<ForgejoActionsHost>(Detect(root.Path,
            ("GITHUB_ACTIONS", "true"), ("FORGEJO_ACTIONS", "true"), ("GITHUB_SERVER_URL", "https://codeberg.org"), ("GITHUB_REPOSITORY", "acme/app"), ("GITHUB_RUN_NUMBER", "7"), ("GITHUB_RUN_ID", "9001")));
        Assert.Equal((ForgeKind.Gitea, "https://codeberg.org/api/v1", "https://codeberg.org/acme/app/actions/runs/7"), (host.Forge, host.ApiUrl, host.RunUrl?.AbsoluteUri));
        Assert.IsType<ForgejoActionsHost>(Detect(root.Path, ("GITHUB_ACTIONS", "true"), ("GITEA_ACTIONS", "true")));
        Assert.Equal(ForgeKind.GitHub, Detect(root.Path, ("GITHUB_ACTIONS", "true")).Forge);
    }

    [Fact]
    public void Detectors_are_asked_by_their_registered_order_whatever_the_assembly_order()
    {
        var detectors = HostDetection.Detectors(typeof(PlainBuild)).Select(d => d.GetType().Name).ToList();

        Assert.Equal(["ForgejoActionsSystem", "GitHubActionsSystem", "GitLabCiSystem"], detectors);
    }

    [Fact]
    public void GitHub_branch_push_reads_branch_sha_run_and_step_summary()
    {
        var host = new GitHubActionsHost(Env(
            ("GITHUB_REF", "refs/heads/main"), ("GITHUB_REF_NAME", "main"), ("GITHUB_REF_TYPE", "branch"), ("GITHUB_SHA", "abc123"),
            ("GITHUB_RUN_ID", "42"), ("GITHUB_JOB", "lint"), ("GITHUB_REPOSITORY", "acme/app"), ("GITHUB_STEP_SUMMARY", "/tmp/summary.md")));

        Assert.Equal(("main", (string?)null, "refs/heads/main", "abc123"), (host.Branch, host.Tag, host.Ref, host.Commit));
        Assert.Equal(("42", "lint", "acme/app", "/tmp/summary.md"), (host.RunId, host.JobName, host.Repository, host.StepSummaryPath));
        Assert.True(host.IsCi);
    }

    [Fact]
    public void The_run_url_is_the_runs_web_page_and_null_where_the_host_cannot_say()
    {
        var github = new GitHubActionsHost(Env(("GITHUB_SERVER_URL", "https://github.example.com/"), ("GITHUB_REPOSITORY", "acme/app"), ("GITHUB_RUN_ID", "42")));
        var gitlab = new GitLabCiHost(Env(("CI_PIPELINE_URL", "https://gitlab.example.com/group/app/-/pipelines/99")));

        Assert.Equal("https://github.example.com/acme/app/actions/runs/42", github.RunUrl?.AbsoluteUri);
        Assert.Equal("https://gitlab.example.com/group/app/-/pipelines/99", gitlab.RunUrl?.AbsoluteUri);
        Assert.Null(new GitHubActionsHost(Env(("GITHUB_SERVER_URL", "https://github.com"), ("GITHUB_REPOSITORY", "acme/app"))).RunUrl);
        Assert.Null(new GitLabCiHost(Env(("CI_PIPELINE_URL", "not a url"))).RunUrl);
        using var root = TempDirectory.ForBuild();
        Assert.Null(new TerminalHost(root.Path).RunUrl);
    }

    [Fact]
    public void GitHub_tag_push_has_a_tag_and_no_branch()
    {
        var host = new GitHubActionsHost(Env(("GITHUB_REF", "refs/tags/v1.2.3"), ("GITHUB_REF_NAME", "v1.2.3"), ("GITHUB_REF_TYPE", "tag")));

        Assert.Equal("v1.2.3", host.Tag);
        Assert.Null(host.Branch);
    }

    [Fact]
    public void GitHub_pull_request_uses_the_head_ref_as_branch()
    {
        var host = new GitHubActionsHost(Env(
            ("GITHUB_REF", "refs/pull/7/merge"), ("GITHUB_REF_NAME", "7/merge"), ("GITHUB_REF_TYPE", "branch"), ("GITHUB_HEAD_REF", "feature/x")));

        Assert.Equal("feature/x", host.Branch);
        Assert.Null(host.Tag);
    }

    [Fact]
    public void GitLab_branch_pipeline()
    {
        var host = new GitLabCiHost(Env(
            ("CI_COMMIT_SHA", "def456"), ("CI_COMMIT_BRANCH", "main"), ("CI_COMMIT_REF_NAME", "main"), ("CI_PIPELINE_ID", "99"),
            ("CI_JOB_NAME", "test"), ("CI_PROJECT_PATH", "group/app")));

        Assert.Equal(("main", (string?)null, "refs/heads/main", "def456"), (host.Branch, host.Tag, host.Ref, host.Commit));
        Assert.Equal(("99", "test", "group/app"), (host.RunId, host.JobName, host.Repository));
        Assert.Null(host.StepSummaryPath);
    }

    [Fact]
    public void GitLab_tag_pipeline_has_a_tag_ref_and_no_branch()
    {
        var host = new GitLabCiHost(Env(("CI_COMMIT_TAG", "v2.0.0"), ("CI_COMMIT_REF_NAME", "v2.0.0"), ("CI_COMMIT_SHA", "f00")));

        Assert.Equal(("v2.0.0", (string?)null, "refs/tags/v2.0.0"), (host.Tag, host.Branch, host.Ref));
    }

    [Fact]
    public void GitLab_merge_request_pipeline_uses_the_source_branch()
    {
        var host = new GitLabCiHost(Env(("CI_MERGE_REQUEST_SOURCE_BRANCH_NAME", "feature/y"), ("CI_COMMIT_REF_NAME", "feature/y")));

        Assert.Equal("feature/y", host.Branch);
    }

    [Fact]
    public void GitHub_annotation_escapes_data_and_properties()
    {
        var host = new GitHubActionsHost(Env());
        var line = host.Annotation(AnnotationSeverity.Error, "100% broken\r\nnext", file: "src/a,b:c.go", line: 3, column: 7, title: "Lint: vet");

        Assert.Equal("::error file=src/a%2Cb%3Ac.go,line=3,col=7,title=Lint%3A vet::100%25 broken%0D%0Anext", line);
        Assert.Equal("::warning::plain", host.Annotation(AnnotationSeverity.Warning, "plain"));
        Assert.Equal("::add-mask::a%25b%0Ac", host.MaskCommand("a%b\nc"));
        Assert.Equal("::group::Build %25 test", host.BeginGroup("Build % test", DateTimeOffset.UnixEpoch));
        Assert.Equal("::endgroup::", host.EndGroup("Build", DateTimeOffset.UnixEpoch));
    }

    [Fact]
    public void GitLab_sections_have_the_documented_shape()
    {
        var host = new GitLabCiHost(Env());
        var at = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000);

        Assert.Equal("\u001b[0Ksection_start:1700000000:slipway_snapshotbuild[collapsed=true]\r\u001b[0KSnapshotBuild", host.BeginGroup("SnapshotBuild", at));
        Assert.Equal("\u001b[0Ksection_end:1700000060:slipway_snapshotbuild\r\u001b[0K", host.EndGroup("SnapshotBuild", at.AddMinutes(1)));
        Assert.Null(host.MaskCommand("secret")); // GitLab masks through project settings, not a log command.
    }

    [Theory]
    [InlineData("Docker Dry Run", "slipway_docker_dry_run")]
    [InlineData("a/b:c", "slipway_a_b_c")]
    [InlineData("v1.2-rc_3", "slipway_v1.2-rc_3")]
    public void GitLab_section_names_only_use_allowed_characters(string name, string expected)
    {
        Assert.Equal(expected, GitLabCiHost.SectionName(name));
        Assert.Matches("^[a-z0-9_.-]+$", GitLabCiHost.SectionName(name));
    }

    [Fact]
    public void GitLab_annotation_is_a_coloured_line()
    {
        var line = new GitLabCiHost(Env()).Annotation(AnnotationSeverity.Warning, "slow", file: "a.go", line: 2);

        Assert.Equal("\u001b[33;1ma.go:2: warning: slow\u001b[0m", line);
    }

    [Fact]
    public void Terminal_reads_branch_and_commit_from_loose_refs()
    {
        using var root = TempDirectory.ForBuild();
        root.Write(".git/HEAD", "ref: refs/heads/feature/z\n");
        root.Write(".git/refs/heads/feature/z", "0123456789abcdef0123456789abcdef01234567\n");
        var host = new TerminalHost(root.Path);

        Assert.Equal(("feature/z", "refs/heads/feature/z", "0123456789abcdef0123456789abcdef01234567"), (host.Branch, host.Ref, host.Commit));
        Assert.Equal("Terminal", host.Name);
        Assert.NotNull(host.RunId);
    }

    [Fact]
    public void Terminal_reads_the_commit_from_packed_refs()
    {
        using var root = TempDirectory.ForBuild();
        root.Write(".git/HEAD", "ref: refs/heads/main\n");
        root.Write(".git/packed-refs", "# pack-refs with: peeled fully-peeled sorted\naaaa refs/heads/other\nbbbb refs/heads/main\n^cccc\n");
        var host = new TerminalHost(root.Path);

        Assert.Equal(("main", "bbbb"), (host.Branch, host.Commit));
    }

    [Fact]
    public void Terminal_detached_head_has_a_commit_and_no_branch()
    {
        using var root = TempDirectory.ForBuild();
        root.Write(".git/HEAD", "fedcba\n");
        var host = new TerminalHost(root.Path);

        Assert.Equal(((string?)null, "fedcba"), (host.Branch, host.Commit));
    }

    [Fact]
    public void Terminal_follows_a_worktree_git_file_to_its_common_directory()
    {
        using var root = TempDirectory.ForBuild();
        root.Write("main/.git/packed-refs", "9999 refs/heads/topic\n");
        root.Write("main/.git/worktrees/wt/HEAD", "ref: refs/heads/topic\n");
        root.Write("main/.git/worktrees/wt/commondir", "../..\n");
        root.Write("wt/.git", $"gitdir: {root.Combine("main/.git/worktrees/wt")}\n");
        var host = new TerminalHost(root.Combine("wt"));

        Assert.Equal(("topic", "9999"), (host.Branch, host.Commit));
    }

    [Fact]
    public void Terminal_outside_a_repository_knows_nothing()
    {
        using var root = TempDirectory.ForBuild();
        var host = new TerminalHost(root.Path);

        Assert.Equal(((string?)null, (string?)null), (host.Branch, host.Commit));
        Assert.Equal("a.go:1: error: title: message", host.Annotation(AnnotationSeverity.Error, "message", "a.go", 1, title: "title"));
    }
}
