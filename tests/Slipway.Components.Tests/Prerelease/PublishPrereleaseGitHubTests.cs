using System.Globalization;
using System.Text.Json;
using Slipway.Clients.Tests.GoReleaser;
using Slipway.Clients.Tests.TestDoubles;
using Slipway.Components.Prerelease;
using Xunit;

namespace Slipway.Components.Tests.Prerelease;

/// <summary>PublishPrerelease against the GitHub API TEST DOUBLE, with a dist/ written in GoReleaser's formats (SnapshotBuild skipped).</summary>
public sealed class PublishPrereleaseGitHubTests : IAsyncLifetime
{
    private const string Tag = "feature-new-auth-a1b2c3d4";
    private const string Releases = "/repos/octo-org/octo-repo/releases";
    private readonly PrereleaseSandbox _sandbox = new();

    public Task InitializeAsync()
    {
        _sandbox.WriteDist();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _sandbox.DisposeAsync();

    private Task<(int Exit, string Output)> PublishAsync(Dictionary<string, string>? environment = null) =>
        _sandbox.RunAsync(environment ?? _sandbox.GitHubJob(), "PublishPrerelease", "--skip");

    private static string Marker(string branch = "feature/new-auth", string commit = PrereleaseSandbox.Sha) => new PrereleaseMarker(branch, commit).Render();

    [Fact]
    public async Task A_push_publishes_one_prerelease_with_every_archive_the_checksums_and_notes_and_a_rerun_writes_nothing()
    {
        var (exit, output) = await PublishAsync();

        Assert.True(exit == 0, output);
        var release = Assert.Single(_sandbox.GitHub.Releases);
        Assert.Equal((Tag, Tag, true, false), (release.Tag, release.Name, release.Prerelease, release.Draft));
        var expected = Directory.GetFiles(_sandbox.Dist, "*.tar.gz").Concat(Directory.GetFiles(_sandbox.Dist, "*.zip")).Append(Path.Combine(_sandbox.Dist, $"sumcheck_{Tag}_checksums.txt"))
            .Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(expected, release.Assets.Select(a => a.Name).Order(StringComparer.Ordinal));
        Assert.Equal(7, release.Assets.Count);
        Assert.All(release.Assets, a => Assert.Equal(File.ReadAllBytes(Path.Combine(_sandbox.Dist, a.Name)), a.Content));
        Assert.Equal(PrereleaseSandbox.Sha, _sandbox.GitHub.Tags[Tag]); // the tag is at the commit
        Assert.Contains("branch `feature/new-auth` at commit " + PrereleaseSandbox.Sha, release.Body, StringComparison.Ordinal);
        Assert.Contains("[this CI run](https://github.com/octo-org/octo-repo/actions/runs/4242)", release.Body, StringComparison.Ordinal);
        var checksums = File.ReadAllLines(Path.Combine(_sandbox.Dist, $"sumcheck_{Tag}_checksums.txt")).Select(l => l.Split("  ")).ToList();
        Assert.All(checksums, c => Assert.Contains($"| {c[1]} | {new FileInfo(Path.Combine(_sandbox.Dist, c[1])).Length.ToString(CultureInfo.InvariantCulture)} | `{c[0]}` |", release.Body, StringComparison.Ordinal));
        Assert.EndsWith(Marker() + "\n", release.Body, StringComparison.Ordinal);
        var create = _sandbox.GitHub.Writes.First(w => w.Path == Releases);
        using (var body = JsonDocument.Parse(create.Text))
        {
            Assert.True(body.RootElement.GetProperty("draft").GetBoolean()); // invisible until its files are there
            Assert.Equal("false", body.RootElement.GetProperty("make_latest").GetString());
            Assert.Equal(PrereleaseSandbox.Sha, body.RootElement.GetProperty("target_commitish").GetString());
        }

        Assert.Equal("::add-mask::" + PrereleaseSandbox.GitHubToken, Assert.Single(output.Split('\n'), l => l.Contains(PrereleaseSandbox.GitHubToken, StringComparison.Ordinal)));
        var writes = _sandbox.GitHub.Writes.Count;

        var (again, secondOutput) = await PublishAsync();

        Assert.True(again == 0, secondOutput);
        Assert.Equal(writes, _sandbox.GitHub.Writes.Count); // nothing created, updated, uploaded or deleted
        Assert.Single(_sandbox.GitHub.Releases);
        Assert.Contains($"{Tag} is already published with all 7 file(s): nothing changed", secondOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_run_that_fails_before_publishing_leaves_only_a_draft_which_the_next_run_completes_without_uploading_again()
    {
        _sandbox.GitHub.FailNext("PATCH", Releases + "/", FakeResponse.Json("""{"message":"Validation Failed"}""", 422));

        var (failed, failedOutput) = await PublishAsync();

        Assert.Equal(1, failed);
        var draft = Assert.Single(_sandbox.GitHub.Releases);
        Assert.True(draft.Draft); // nothing visible, no tag
        Assert.False(_sandbox.GitHub.Tags.ContainsKey(Tag));
        Assert.Contains("GitHub answered 422", failedOutput, StringComparison.Ordinal);
        var uploads = _sandbox.GitHub.Writes.Count(w => w.Path.StartsWith("/uploads/", StringComparison.Ordinal));

        var (exit, output) = await PublishAsync();

        Assert.True(exit == 0, output);
        var release = Assert.Single(_sandbox.GitHub.Releases);
        Assert.False(release.Draft);
        Assert.Equal(7, release.Assets.Count);
        Assert.Equal(uploads, _sandbox.GitHub.Writes.Count(w => w.Path.StartsWith("/uploads/", StringComparison.Ordinal)));
        Assert.Equal(PrereleaseSandbox.Sha, _sandbox.GitHub.Tags[Tag]);
    }

    [Fact]
    public async Task A_failed_asset_upload_is_retried_and_the_asset_is_there_once()
    {
        _sandbox.GitHub.FailNext("POST", "/uploads/", FakeResponse.Json("""{"message":"Server Error"}""", 502));
        _sandbox.GitHub.FailNext("POST", "/uploads/", FakeResponse.Json("""{"message":"Server Error"}""", 503));

        var (exit, output) = await PublishAsync();

        Assert.True(exit == 0, output);
        Assert.Equal(7, _sandbox.GitHub.Releases.Single().Assets.Count);
        Assert.Equal(9, _sandbox.GitHub.Writes.Count(w => w.Path.StartsWith("/uploads/", StringComparison.Ordinal)));
        Assert.Contains("failed (POST", output, StringComparison.Ordinal);
        Assert.Contains("attempt 2 of 4", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_release_another_run_created_meanwhile_answers_422_and_is_completed_not_duplicated()
    {
        _sandbox.GitHub.Add(Tag, "earlier run\n" + Marker());
        _sandbox.GitHub.FailNext("GET", Releases + "/tags/", FakeResponse.Json("""{"message":"Not Found"}""", 404)); // our look-up misses it

        var (exit, output) = await PublishAsync();

        Assert.True(exit == 0, output);
        var release = Assert.Single(_sandbox.GitHub.Releases);
        Assert.Equal(7, release.Assets.Count);
        Assert.Contains(_sandbox.GitHub.Requests, r => r.Method == "POST" && r.Path == Releases); // tried, answered 422 already_exists
        Assert.Contains("[this CI run]", release.Body, StringComparison.Ordinal); // notes brought up to date
    }

    [Fact]
    public async Task Two_branches_with_one_slug_are_detected_and_the_first_is_not_overwritten()
    {
        var first = _sandbox.GitHub.Add(Tag, "the other branch\n" + Marker(branch: "feature-new-auth"));

        var (exit, output) = await PublishAsync();

        Assert.Equal(1, exit);
        Assert.Contains("Branches 'feature-new-auth' and 'feature/new-auth' both become the tag feature-new-auth-a1b2c3d4", output, StringComparison.Ordinal);
        Assert.Contains("Nothing was published.", output, StringComparison.Ordinal);
        Assert.Empty(_sandbox.GitHub.Writes);
        Assert.Equal("the other branch\n" + Marker(branch: "feature-new-auth"), first.Body);
    }

    [Theory]
    [InlineData(false, true, "Slipway did not create it")]
    [InlineData(true, false, "was made a full release")]
    public async Task A_release_of_the_tag_that_is_not_a_Slipway_prerelease_is_left_alone(bool marked, bool prerelease, string expected)
    {
        _sandbox.GitHub.Add(Tag, marked ? Marker() : "hand-made", prerelease: prerelease);

        var (exit, output) = await PublishAsync();

        Assert.Equal(1, exit);
        Assert.Contains(expected, output, StringComparison.Ordinal);
        Assert.Empty(_sandbox.GitHub.Writes);
    }

    [Fact]
    public async Task Without_a_token_it_stops_before_anything_runs_with_what_to_set()
    {
        var (exit, output) = await PublishAsync(_sandbox.GitHubJob(token: null));

        Assert.Equal(2, exit);
        Assert.Contains("Target PublishPrerelease requires a GitHub token with contents: write: set GITHUB_TOKEN or pass --github-token", output, StringComparison.Ordinal);
        Assert.Empty(_sandbox.GitHub.Requests);
    }

    [Fact]
    public async Task A_dist_without_archives_is_refused_before_any_request()
    {
        Directory.Delete(_sandbox.Dist, recursive: true);
        DistFixture.Write(_sandbox.Root, new DistSpec { Version = Tag, Commit = PrereleaseSandbox.Sha, Platforms = [] });

        var (exit, output) = await PublishAsync();

        Assert.Equal(1, exit);
        Assert.Contains("has no archives", output, StringComparison.Ordinal);
        Assert.Contains("not a single-target build", output, StringComparison.Ordinal);
        Assert.Empty(_sandbox.GitHub.Requests);
    }

    [Fact]
    public async Task A_changed_archive_is_refused_before_any_request()
    {
        File.AppendAllText(Directory.GetFiles(_sandbox.Dist, "*.tar.gz")[0], "tampered");

        var (exit, output) = await PublishAsync();

        Assert.Equal(1, exit);
        Assert.Contains("ChecksumMismatch", output, StringComparison.Ordinal);
        Assert.Empty(_sandbox.GitHub.Requests);
    }

    [Fact]
    public async Task An_unknown_repository_is_named_and_nothing_is_written()
    {
        var environment = _sandbox.GitHubJob();
        environment["GITHUB_REPOSITORY"] = "octo-org/nope";

        var (exit, output) = await PublishAsync(environment);

        Assert.Equal(1, exit);
        Assert.Contains("repository octo-org/nope not found at " + _sandbox.GitHub.BaseUrl, output, StringComparison.Ordinal);
        Assert.Empty(_sandbox.GitHub.Writes);
    }

    [Fact]
    public async Task A_rate_limit_that_resets_soon_is_waited_out_and_one_that_does_not_fails_with_the_reset_time()
    {
        string Reset(TimeSpan after) => DateTimeOffset.UtcNow.Add(after).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        _sandbox.GitHub.FailNext("GET", "/repos/octo-org/octo-repo", FakeResponse.Json("""{"message":"API rate limit exceeded"}""", 403, ("x-ratelimit-remaining", "0"), ("x-ratelimit-reset", Reset(TimeSpan.FromHours(1)))));

        var (limited, limitedOutput) = await PublishAsync();

        Assert.Equal(1, limited);
        Assert.Contains("GitHub API rate limit exceeded (HTTP 403). It resets at", limitedOutput, StringComparison.Ordinal);
        Assert.Empty(_sandbox.GitHub.Writes);

        _sandbox.GitHub.FailNext("GET", "/repos/octo-org/octo-repo", FakeResponse.Json("""{"message":"secondary rate limit"}""", 429, ("retry-after", "1")));
        var (exit, output) = await PublishAsync();
        Assert.True(exit == 0, output);
        Assert.Single(_sandbox.GitHub.Releases);
    }

    [Fact]
    public async Task Pull_requests_and_tags_do_not_publish()
    {
        var pullRequest = _sandbox.GitHubJob();
        pullRequest["GITHUB_EVENT_NAME"] = "pull_request";
        var tag = _sandbox.GitHubJob();
        (tag["GITHUB_REF_TYPE"], tag["GITHUB_REF"], tag["GITHUB_REF_NAME"]) = ("tag", "refs/tags/v1.2.3", "v1.2.3");

        var (fromPullRequest, prOutput) = await PublishAsync(pullRequest);
        var (fromTag, tagOutput) = await PublishAsync(tag);

        Assert.Equal((2, 2), (fromPullRequest, fromTag));
        Assert.Contains("requires a push build of a branch with a known commit, not a tag or pull request", prOutput, StringComparison.Ordinal);
        Assert.Contains("(current ref: refs/tags/v1.2.3", tagOutput, StringComparison.Ordinal);
        Assert.Empty(_sandbox.GitHub.Requests);
    }
}
