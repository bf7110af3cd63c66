using Slipway.Clients.Tests.TestDoubles;
using Slipway.Components.Prerelease;
using Xunit;

namespace Slipway.Components.Tests.Prerelease;

/// <summary>PrunePrereleases against the GitHub API TEST DOUBLE, listing across pages of two.</summary>
public sealed class PrunePrereleasesGitHubTests : IAsyncLifetime
{
    private readonly PrereleaseSandbox _sandbox = new();
    private readonly DateTimeOffset _now = DateTimeOffset.UtcNow;

    public Task InitializeAsync()
    {
        _sandbox.GitHub.Branches.UnionWith(["feature/new-auth", "fix/typo"]);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _sandbox.DisposeAsync();

    private GitHubReleasesApiDouble.Release Prerelease(string branch, int hoursAgo, bool prerelease = true, bool marked = true)
    {
        var commit = Convert.ToHexStringLower(System.Security.Cryptography.SHA1.HashData(System.Text.Encoding.UTF8.GetBytes($"{branch}{hoursAgo}")));
        var tag = Slipway.Components.Release.SnapshotVersions.ForBranch(branch, commit);
        return _sandbox.GitHub.Add(tag, marked ? "notes\n" + new PrereleaseMarker(branch, commit).Render() : "made by hand", prerelease, createdAt: _now.AddHours(-hoursAgo), commit: commit);
    }

    private IReadOnlyList<string> Remaining => [.. _sandbox.GitHub.Releases.Select(r => r.Tag)];

    [Fact]
    public async Task It_keeps_the_newest_three_of_each_branch_and_deletes_old_ones_those_of_gone_branches_and_their_tags()
    {
        var auth = Enumerable.Range(1, 5).Select(h => Prerelease("feature/new-auth", h)).ToList(); // 1 hour old is newest
        var typo = Prerelease("fix/typo", 2);
        var stale = Prerelease("fix/typo", 24 * 8);
        var gone = Prerelease("feature/deleted", 1);
        var handMade = Prerelease("feature/new-auth", 30, marked: false);
        var promoted = Prerelease("feature/new-auth", 40, prerelease: false);

        var (exit, output) = await _sandbox.RunAsync(_sandbox.GitHubJob(), "PrunePrereleases");

        Assert.True(exit == 0, output);
        Assert.Equal(new[] { auth[0].Tag, auth[1].Tag, auth[2].Tag, typo.Tag, handMade.Tag, promoted.Tag }.Order(StringComparer.Ordinal), Remaining.Order(StringComparer.Ordinal));
        foreach (var deleted in new[] { auth[3], auth[4], stale, gone })
        {
            Assert.False(_sandbox.GitHub.Tags.ContainsKey(deleted.Tag), deleted.Tag);
        }

        Assert.True(_sandbox.GitHub.Tags.ContainsKey(handMade.Tag));
        Assert.Contains($"Deleted {gone.Tag} and its tag: branch 'feature/deleted' no longer exists", output, StringComparison.Ordinal);
        Assert.Contains($"Deleted {auth[3].Tag} and its tag: 3 newer pre-release(s) of 'feature/new-auth' are kept", output, StringComparison.Ordinal);
        Assert.Contains($"Deleted {stale.Tag} and its tag: 8 days old, over the 7-day limit", output, StringComparison.Ordinal);
        Assert.True(_sandbox.GitHub.Requests.Count(r => r.Path == "/repos/octo-org/octo-repo/releases") >= 5); // ten releases, pages of two
    }

    [Fact]
    public async Task On_a_terminal_it_only_lists_what_it_would_delete_unless_told_otherwise()
    {
        var old = Enumerable.Range(1, 4).Select(h => Prerelease("feature/new-auth", h)).ToList()[^1];
        var terminal = new Dictionary<string, string>(StringComparer.Ordinal) { ["GITHUB_API_URL"] = _sandbox.GitHub.BaseUrl.AbsoluteUri, ["GITHUB_TOKEN"] = PrereleaseSandbox.GitHubToken };

        var (exit, output) = await _sandbox.RunAsync(terminal, "PrunePrereleases", "--github-repository", "octo-org/octo-repo");

        Assert.True(exit == 0, output);
        Assert.True(output.Contains($"Would delete {old.Tag} and its tag: 3 newer pre-release(s) of 'feature/new-auth' are kept", StringComparison.Ordinal), output);
        Assert.Contains("Dry run: 1 pre-release(s) would be deleted. Pass --prune-dry-run false to delete them", output, StringComparison.Ordinal);
        Assert.Empty(_sandbox.GitHub.Writes);

        var (deleted, deletedOutput) = await _sandbox.RunAsync(terminal, "PrunePrereleases", "--github-repository", "octo-org/octo-repo", "--prune-dry-run", "false");
        Assert.True(deleted == 0, deletedOutput);
        Assert.Equal(3, _sandbox.GitHub.Releases.Count);
    }

    [Fact]
    public async Task A_release_another_run_pruned_first_answers_404_and_pruning_goes_on()
    {
        var releases = Enumerable.Range(1, 5).Select(h => Prerelease("feature/new-auth", h)).ToList();
        // Another run deleted the first of them, release and tag, after this run listed it.
        _sandbox.GitHub.FailNext("DELETE", "/repos/octo-org/octo-repo/releases/", FakeResponse.Json("""{"message":"Not Found"}""", 404));
        _sandbox.GitHub.FailNext("DELETE", "/repos/octo-org/octo-repo/git/refs/tags/", FakeResponse.Json("""{"message":"Reference does not exist"}""", 422));

        var (exit, output) = await _sandbox.RunAsync(_sandbox.GitHubJob(), "PrunePrereleases", "--prerelease-keep", "2");

        Assert.True(exit == 0, output);
        Assert.Contains($"{releases[2].Tag} was already deleted (by another run): 2 newer pre-release(s) of 'feature/new-auth' are kept", output, StringComparison.Ordinal);
        Assert.Contains($"Deleted {releases[4].Tag} and its tag", output, StringComparison.Ordinal);
        Assert.Equal(3, _sandbox.GitHub.Writes.Count(w => w.Method == "DELETE" && w.Path.StartsWith("/repos/octo-org/octo-repo/releases/", StringComparison.Ordinal)));
        Assert.Equal([releases[0].Tag, releases[1].Tag], Remaining.Where(t => t != releases[2].Tag)); // the 404'd one was "already gone"
    }

    [Theory]
    [InlineData("--prerelease-keep", "0", "requires --prerelease-keep of at least 1 (it is 0)")]
    [InlineData("--prerelease-max-age-days", "0", "requires --prerelease-max-age-days of at least 1 (it is 0)")]
    public async Task Bad_limits_stop_the_run_before_any_request(string option, string value, string expected)
    {
        var (exit, output) = await _sandbox.RunAsync(_sandbox.GitHubJob(), "PrunePrereleases", option, value);

        Assert.Equal(2, exit);
        Assert.Contains(expected, output, StringComparison.Ordinal);
        Assert.Empty(_sandbox.GitHub.Requests);
    }

    [Fact]
    public async Task Without_a_token_a_deleting_run_is_refused_on_CI()
    {
        var (exit, output) = await _sandbox.RunAsync(_sandbox.GitHubJob(token: null), "PrunePrereleases");

        Assert.Equal(2, exit);
        Assert.Contains("Target PrunePrereleases requires a GitHub token with contents: write", output, StringComparison.Ordinal);
    }
}
