using Slipway.Clients.GoReleaser;
using Slipway.Clients.Tests.TestDoubles;
using Slipway.Components.Tests.Tools;
using Xunit;

namespace Slipway.Components.Tests.Prerelease;

/// <summary>
/// Issue 15's acceptance, as <c>./build.sh</c> runs it on a GitHub Actions push of <c>feature/new-auth</c>: SnapshotBuild
/// with the GoReleaser TEST DOUBLE (real Go binaries and archives), PublishPrerelease and PrunePrereleases against the
/// GitHub API TEST DOUBLE named by <c>--github-api-url</c>.
/// </summary>
public sealed class PrereleaseDoneWhenTests
{
    [Fact]
    public async Task One_prerelease_with_every_archive_and_the_checksums_a_rerun_changes_nothing_and_pruning_keeps_the_newest_three()
    {
        using var project = new GoProject();
        GoReleaserDouble.InstallInto(project);
        await using var github = new GitHubReleasesApiDouble(token: "ghp_donewhen") { MaxPerPage = 2 };
        github.Branches.Add("feature/new-auth");
        var sha = project.Commit;
        var tag = "feature-new-auth-" + sha[..8];
        Dictionary<string, string> Push(string commit) => project.Environment(
            ("GITHUB_ACTIONS", "true"), ("GITHUB_EVENT_NAME", "push"), ("GITHUB_REF", "refs/heads/feature/new-auth"), ("GITHUB_REF_NAME", "feature/new-auth"),
            ("GITHUB_REF_TYPE", "branch"), ("GITHUB_SHA", commit), ("GITHUB_REPOSITORY", "octo-org/octo-repo"), ("GITHUB_SERVER_URL", "https://github.com"),
            ("GITHUB_RUN_ID", "77"), ("GITHUB_TOKEN", "ghp_donewhen"));
        string[] api = ["--github-api-url", github.BaseUrl.AbsoluteUri];

        var first = await BuildHarness.RunAsync(new PrereleaseBuild(), project, Push(sha), ["PublishPrerelease", .. api]);

        Assert.True(first.ExitCode == 0, first.Output);
        Assert.Contains("goreleaser release --snapshot --clean", first.Output, StringComparison.Ordinal); // built once, here
        var release = Assert.Single(github.Releases);
        Assert.Equal((tag, true, false), (release.Tag, release.Prerelease, release.Draft));
        var dist = DistDirectory.Load(project.DistPath);
        Assert.Equal(
            dist.Archives.Select(a => a.Name).Append(dist.ChecksumsFileName!).Order(StringComparer.Ordinal),
            release.Assets.Select(a => a.Name).Order(StringComparer.Ordinal));
        Assert.Equal(6, dist.Archives.Count());
        Assert.Equal(sha, github.Tags[tag]);
        var writes = github.Writes.Count;

        var second = await BuildHarness.RunAsync(new PrereleaseBuild(), project, Push(sha), ["PublishPrerelease", .. api]);

        Assert.True(second.ExitCode == 0, second.Output);
        Assert.Equal(writes, github.Writes.Count);
        Assert.Single(github.Releases);

        // Three later pushes of the branch (the same dist/ published for other commits, to keep the test short).
        foreach (var later in new[] { "1111111111111111111111111111111111111111", "2222222222222222222222222222222222222222", "3333333333333333333333333333333333333333" })
        {
            var run = await BuildHarness.RunAsync(new PrereleaseBuild(), project, Push(later), ["PublishPrerelease", "--skip", "SnapshotBuild", .. api]);
            Assert.True(run.ExitCode == 0, run.Output);
        }

        Assert.Equal(4, github.Releases.Count);

        var prune = await BuildHarness.RunAsync(new PrereleaseBuild(), project, Push(sha), ["PrunePrereleases", .. api]);

        Assert.True(prune.ExitCode == 0, prune.Output);
        Assert.Equal(["feature-new-auth-33333333", "feature-new-auth-22222222", "feature-new-auth-11111111"], github.Releases.Select(r => r.Tag));
        Assert.False(github.Tags.ContainsKey(tag));
    }
}
