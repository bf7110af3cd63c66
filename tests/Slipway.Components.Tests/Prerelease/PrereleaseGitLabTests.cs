using Slipway.Clients.Tests.TestDoubles;
using Slipway.Components.Prerelease;
using Xunit;

namespace Slipway.Components.Tests.Prerelease;

/// <summary>PublishPrerelease and PrunePrereleases against the GitLab API TEST DOUBLE (releases, links, generic packages, tags).</summary>
public sealed class PrereleaseGitLabTests : IAsyncLifetime
{
    private const string Tag = "feature-new-auth-a1b2c3d4";
    private const string Project = "/api/v4/projects/42";
    private readonly PrereleaseSandbox _sandbox = new();

    public Task InitializeAsync()
    {
        _sandbox.WriteDist();
        _sandbox.GitLab.Branches.Add("feature/new-auth");
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _sandbox.DisposeAsync();

    private Task<(int Exit, string Output)> PublishAsync(Dictionary<string, string>? environment = null) =>
        _sandbox.RunAsync(environment ?? _sandbox.GitLabJob(), "PublishPrerelease", "--skip");

    [Fact]
    public async Task A_push_uploads_the_files_to_the_package_registry_then_creates_the_release_linking_them_and_a_rerun_writes_nothing()
    {
        var (exit, output) = await PublishAsync();

        Assert.True(exit == 0, output);
        var package = Assert.Single(_sandbox.GitLab.Packages);
        Assert.Equal(("prerelease", Tag, 7), (package.Name, package.Version, package.Files.Count));
        var release = Assert.Single(_sandbox.GitLab.Releases);
        Assert.Equal(Tag, release.Tag);
        Assert.Equal(package.Files.Select(f => f.Name).Order(StringComparer.Ordinal), release.Links.Select(l => l.Name).Order(StringComparer.Ordinal));
        Assert.All(release.Links, l => Assert.Equal($"{_sandbox.GitLab.ApiUrl}projects/42/packages/generic/prerelease/{Tag}/{l.Name}", l.Url));
        Assert.All(release.Links, l => Assert.Equal("package", l.LinkType));
        Assert.Equal(PrereleaseSandbox.Sha, _sandbox.GitLab.Tags[Tag]);
        Assert.Contains("[this CI run](https://gitlab.example.com/group/app/-/pipelines/77)", release.Description, StringComparison.Ordinal);
        Assert.NotNull(PrereleaseMarker.Find(release.Description));
        var writes = _sandbox.GitLab.Writes;
        Assert.Equal("POST", writes[^1].Method); // the release comes last, after every file
        Assert.All(writes, w => Assert.Equal(_sandbox.GitLab.JobToken, w.Header("JOB-TOKEN"))); // CI_JOB_TOKEN publishes

        var (again, againOutput) = await PublishAsync();

        Assert.True(again == 0, againOutput);
        Assert.Equal(writes.Count, _sandbox.GitLab.Writes.Count);
        Assert.Contains("nothing changed", againOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_undefined_GITLAB_TOKEN_passed_through_as_its_own_name_is_no_token()
    {
        var environment = _sandbox.GitLabJob(privateToken: "$GITLAB_TOKEN");

        var (exit, output) = await PublishAsync(environment);

        Assert.True(exit == 0, output);
        Assert.All(_sandbox.GitLab.Requests, r => Assert.Null(r.Header("PRIVATE-TOKEN")));
    }

    [Fact]
    public async Task A_server_error_on_an_upload_is_retried_and_a_release_created_meanwhile_answers_409_and_is_completed()
    {
        _sandbox.GitLab.Add(Tag, "earlier run\n" + new PrereleaseMarker("feature/new-auth", PrereleaseSandbox.Sha).Render());
        _sandbox.GitLab.FailNext("GET", Project + "/releases/", FakeResponse.Json("""{"message":"404 Not Found"}""", 404));
        _sandbox.GitLab.FailNext("PUT", Project + "/packages/generic/", FakeResponse.Json("""{"message":"502 Bad Gateway"}""", 502));

        var (exit, output) = await PublishAsync();

        Assert.True(exit == 0, output);
        var release = Assert.Single(_sandbox.GitLab.Releases);
        Assert.Equal(7, release.Links.Count);
        Assert.Equal(7, Assert.Single(_sandbox.GitLab.Packages).Files.Count);
        Assert.Contains(_sandbox.GitLab.Requests, r => r.Method == "POST" && r.Path == Project + "/releases"); // answered 409
        Assert.Contains("[this CI run]", release.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_any_token_it_stops_before_anything_runs_with_what_to_set()
    {
        var environment = _sandbox.GitLabJob();
        environment.Remove("CI_JOB_TOKEN");

        var (exit, output) = await PublishAsync(environment);

        Assert.Equal(2, exit);
        Assert.Contains("Target PublishPrerelease requires a GitLab token: GITLAB_TOKEN (or --gitlab-token) with the api scope, or the CI_JOB_TOKEN of a GitLab job", output, StringComparison.Ordinal);
        Assert.Empty(_sandbox.GitLab.Requests);
    }

    [Fact]
    public async Task An_unknown_project_is_named_and_nothing_is_written()
    {
        var environment = _sandbox.GitLabJob();
        environment["CI_PROJECT_PATH"] = "group/nope";

        var (exit, output) = await PublishAsync(environment);

        Assert.Equal(1, exit);
        Assert.Contains("project group/nope not found at " + _sandbox.GitLab.ApiUrl, output, StringComparison.Ordinal);
        Assert.Empty(_sandbox.GitLab.Writes);
    }

    [Fact]
    public async Task Pruning_needs_an_access_token_and_deletes_release_tag_and_package()
    {
        for (var i = 0; i < 4; i++)
        {
            var commit = new string((char)('a' + i), 40);
            var environment = _sandbox.GitLabJob(sha: commit);
            var (published, publishOutput) = await PublishAsync(environment);
            Assert.True(published == 0, publishOutput);
        }

        var (refused, refusedOutput) = await _sandbox.RunAsync(_sandbox.GitLabJob(), "PrunePrereleases");
        Assert.Equal(2, refused);
        Assert.Contains("requires GITLAB_TOKEN (or --gitlab-token): a project access token with the api scope and the Maintainer role", refusedOutput, StringComparison.Ordinal);

        var (exit, output) = await _sandbox.RunAsync(_sandbox.GitLabJob(privateToken: _sandbox.GitLab.PrivateToken), "PrunePrereleases");

        Assert.True(exit == 0, output);
        var oldest = "feature-new-auth-aaaaaaaa";
        Assert.Equal(3, _sandbox.GitLab.Releases.Count);
        Assert.DoesNotContain(_sandbox.GitLab.Releases, r => r.Tag == oldest);
        Assert.False(_sandbox.GitLab.Tags.ContainsKey(oldest));
        Assert.DoesNotContain(_sandbox.GitLab.Packages, p => p.Version == oldest);
        Assert.Equal(3, _sandbox.GitLab.Packages.Count);
    }
}
