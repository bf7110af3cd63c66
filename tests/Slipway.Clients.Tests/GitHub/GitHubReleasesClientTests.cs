using System.Net;
using System.Text;
using System.Text.Json;
using Slipway.Clients.GitHub;
using Slipway.Clients.Tests.TestDoubles;
using Xunit;
using F = Slipway.Clients.Tests.TestDoubles.GitHubApiFixtures;

namespace Slipway.Clients.Tests.GitHub;

/// <summary>The releases API on Octokit against the loopback GitHub test double (<see cref="FakeHttpServer"/>).</summary>
public sealed class GitHubReleasesClientTests : IAsyncLifetime
{
    private const string Releases = "/repos/octo-org/octo-repo/releases";
    private readonly FakeHttpServer _server = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Releases_are_listed_across_Link_pages_with_drafts_and_assets()
    {
        _server.On(Releases, r => r.Query.Contains("page=2", StringComparison.Ordinal)
            ? FakeResponse.Json($"[{F.Release(1, "v0.9.0", _server.BaseUrl, prerelease: false)}]")
            : FakeResponse.Json($"[{F.Release(3, "v0.0.0-main", _server.BaseUrl, draft: true, prerelease: true, F.Asset(31, "checksums.txt", 180))},{F.Release(2, "v1.0.0", _server.BaseUrl, prerelease: false)}]")
                .With("Link", $"<{_server.Url(Releases + "?per_page=100&page=2")}>; rel=\"next\""));
        using var client = ApiClients.GitHubReleases(_server);

        var releases = await client.ListReleasesAsync("octo-org", "octo-repo");

        Assert.Equal(["v0.0.0-main", "v1.0.0", "v0.9.0"], releases.Select(r => r.TagName));
        Assert.True(releases[0].Spec.Draft);
        Assert.Null(releases[0].PublishedAt);
        var asset = Assert.Single(releases[0].Assets);
        Assert.Equal((31L, "checksums.txt", 180L, "uploaded"), (asset.Id, asset.Name, asset.Size, asset.State));
        Assert.False(releases[1].Spec.Prerelease);
        Assert.Equal(2, _server.Count(Releases));
        Assert.Contains("per_page=100", _server.Requests[0].Query, StringComparison.Ordinal);
        Assert.Equal("Bearer ghp_testtoken", _server.Requests[0].Header("Authorization"));
    }

    [Fact]
    public async Task A_release_is_found_by_tag_and_a_missing_one_is_null()
    {
        _server.On(Releases + "/tags/v0.0.0-main", FakeResponse.Json(F.Release(7, "v0.0.0-main", _server.BaseUrl)));
        using var client = ApiClients.GitHubReleases(_server);

        var found = await client.GetReleaseByTagAsync("octo-org", "octo-repo", "v0.0.0-main");
        var missing = await client.GetReleaseByTagAsync("octo-org", "octo-repo", "v9.9.9");

        Assert.Equal(7, found!.Id);
        Assert.True(found.Spec.Prerelease);
        Assert.Null(missing);
    }

    [Fact]
    public async Task Create_posts_the_spec_and_its_assets_upload_to_the_upload_address()
    {
        _server.On(Releases, FakeResponse.Json(F.Release(8, "v0.0.0-main", _server.BaseUrl), 201));
        _server.On("/uploads/repos/octo-org/octo-repo/releases/8/assets", FakeResponse.Json(F.Asset(81, "sumcheck_linux_amd64.tar.gz", 5), 201));
        using var client = ApiClients.GitHubReleases(_server);

        var release = await client.CreateReleaseAsync("octo-org", "octo-repo", new GitHubReleaseSpec
        {
            TagName = "v0.0.0-main",
            Name = "main snapshot",
            Body = "Built from main",
            TargetCommitish = "0123abc",
            Prerelease = true,
        });
        using var content = new MemoryStream(Encoding.ASCII.GetBytes("bytes"));
        var asset = await client.UploadAssetAsync(release, "sumcheck_linux_amd64.tar.gz", "application/gzip", content);

        var create = Assert.Single(_server.Requests, r => r.Path == Releases);
        Assert.Equal("POST", create.Method);
        using var body = JsonDocument.Parse(create.Text);
        Assert.Equal("v0.0.0-main", body.RootElement.GetProperty("tag_name").GetString());
        Assert.Equal("main snapshot", body.RootElement.GetProperty("name").GetString());
        Assert.Equal("0123abc", body.RootElement.GetProperty("target_commitish").GetString());
        Assert.True(body.RootElement.GetProperty("prerelease").GetBoolean());
        Assert.False(body.RootElement.GetProperty("draft").GetBoolean());
        var upload = Assert.Single(_server.Requests, r => r.Path.StartsWith("/uploads/", StringComparison.Ordinal));
        Assert.Equal("POST", upload.Method);
        Assert.Equal("name=sumcheck_linux_amd64.tar.gz", upload.Query);
        Assert.Equal("application/gzip", upload.Header("Content-Type"));
        Assert.Equal("bytes", upload.Text);
        Assert.Equal("Bearer ghp_testtoken", upload.Header("Authorization"));
        Assert.Equal(81, asset.Id);
    }

    [Fact]
    public async Task Update_patches_and_delete_removes_release_asset_and_tag()
    {
        _server.On(Releases + "/tags/v0.0.0-main", FakeResponse.Json(F.Release(8, "v0.0.0-main", _server.BaseUrl)));
        _server.On(Releases + "/8", r => r.Method == "PATCH" ? FakeResponse.Json(F.Release(8, "v0.0.0-main", _server.BaseUrl)) : new FakeResponse(204, [], []));
        _server.On(Releases + "/8/assets", FakeResponse.Json($"[{F.Asset(81, "a.tar.gz")},{F.Asset(82, "b.tar.gz")}]"));
        _server.On(Releases + "/assets/81", new FakeResponse(204, [], []));
        _server.On("/repos/octo-org/octo-repo/git/refs/tags/v0.0.0-main", new FakeResponse(204, [], []));
        _server.On("/repos/octo-org/octo-repo/git/refs/tags/gone", FakeResponse.Json("""{"message":"Reference does not exist","documentation_url":"https://docs.github.com/rest/git/refs#delete-a-reference","status":"422"}""", 422));
        using var client = ApiClients.GitHubReleases(_server);

        var release = (await client.GetReleaseByTagAsync("octo-org", "octo-repo", "v0.0.0-main"))!;
        var updated = await client.UpdateReleaseAsync("octo-org", "octo-repo", release.Id, release.Spec with { Body = "Rebuilt" });
        var assets = await client.ListAssetsAsync("octo-org", "octo-repo", 8);
        await client.DeleteAssetAsync("octo-org", "octo-repo", 81);
        await client.DeleteReleaseAsync("octo-org", "octo-repo", 8);
        var deleted = await client.DeleteTagAsync("octo-org", "octo-repo", "v0.0.0-main");
        var absent = await client.DeleteTagAsync("octo-org", "octo-repo", "gone");

        Assert.Equal(8, updated.Id);
        Assert.Equal(["a.tar.gz", "b.tar.gz"], assets.Select(a => a.Name));
        Assert.True(deleted);
        Assert.False(absent);
        Assert.Equal(
            ["GET /repos/octo-org/octo-repo/releases/tags/v0.0.0-main", "PATCH /repos/octo-org/octo-repo/releases/8", "GET /repos/octo-org/octo-repo/releases/8/assets", "DELETE /repos/octo-org/octo-repo/releases/assets/81",
                "DELETE /repos/octo-org/octo-repo/releases/8", "DELETE /repos/octo-org/octo-repo/git/refs/tags/v0.0.0-main", "DELETE /repos/octo-org/octo-repo/git/refs/tags/gone"],
            _server.Requests.Select(r => $"{r.Method} {r.Path}"));
        using var patch = JsonDocument.Parse(_server.Requests[1].Text);
        Assert.Equal("Rebuilt", patch.RootElement.GetProperty("body").GetString());
        Assert.Equal("v0.0.0-main", patch.RootElement.GetProperty("tag_name").GetString());
        Assert.True(patch.RootElement.GetProperty("prerelease").GetBoolean());
    }

    [Fact]
    public async Task A_refused_create_says_what_GitHub_said()
    {
        _server.On(Releases, FakeResponse.Json(
            """{"message":"Validation Failed","errors":[{"resource":"Release","code":"already_exists","field":"tag_name"}],"documentation_url":"https://docs.github.com/rest/releases/releases#create-a-release","status":"422"}""", 422));
        using var client = ApiClients.GitHubReleases(_server);

        var ex = await Assert.ThrowsAsync<GitHubApiException>(() => client.CreateReleaseAsync("octo-org", "octo-repo", new GitHubReleaseSpec { TagName = "v1.0.0" }));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, ex.StatusCode);
        Assert.StartsWith($"POST {_server.BaseUrl}repos/octo-org/octo-repo/releases: GitHub answered 422", ex.Message, StringComparison.Ordinal);
        Assert.Contains("GitHub said: Validation Failed", ex.Message, StringComparison.Ordinal);
        Assert.Equal(1, _server.Count(Releases));
    }

    [Fact]
    public async Task The_repository_and_its_branches_are_read_and_an_unknown_repository_is_named()
    {
        await using var github = new GitHubReleasesApiDouble { MaxPerPage = 2 };
        github.Branches.UnionWith(["feature/new-auth", "fix/a", "fix/b"]);
        using var client = new GitHubReleasesClient(ApiClients.GitHubOptions(github.Server), new SocketsHttpHandler { AllowAutoRedirect = false });
        using var elsewhere = new GitHubReleasesClient(ApiClients.GitHubOptions(_server), new SocketsHttpHandler { AllowAutoRedirect = false });

        var repository = await client.GetRepositoryAsync("octo-org", "octo-repo");
        var branches = await client.ListBranchesAsync("octo-org", "octo-repo");
        var ex = await Assert.ThrowsAsync<GitHubApiException>(() => elsewhere.GetRepositoryAsync("octo-org", "nope"));

        Assert.Equal(("octo-org/octo-repo", "main"), (repository.FullName, repository.DefaultBranch));
        Assert.Equal(["feature/new-auth", "fix/a", "fix/b", "main"], branches); // two pages of two
        Assert.Equal(2, github.Requests.Count(r => r.Path == "/repos/octo-org/octo-repo/branches"));
        Assert.Equal(HttpStatusCode.NotFound, ex.StatusCode);
        Assert.StartsWith("repository octo-org/nope not found at " + _server.BaseUrl, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Make_latest_is_sent_as_GitHub_spells_it_and_only_when_set()
    {
        _server.On(Releases, FakeResponse.Json(F.Release(8, "main-a1b2c3d4", _server.BaseUrl), 201));
        using var client = ApiClients.GitHubReleases(_server);

        await client.CreateReleaseAsync("octo-org", "octo-repo", new GitHubReleaseSpec { TagName = "main-a1b2c3d4", Prerelease = true, MakeLatest = false });
        await client.CreateReleaseAsync("octo-org", "octo-repo", new GitHubReleaseSpec { TagName = "v1.0.0" });

        using var first = JsonDocument.Parse(_server.Requests[0].Text);
        using var second = JsonDocument.Parse(_server.Requests[1].Text);
        Assert.Equal("false", first.RootElement.GetProperty("make_latest").GetString());
        Assert.False(second.RootElement.TryGetProperty("make_latest", out _));
    }

    [Fact]
    public async Task A_GitHub_Enterprise_api_root_is_used_as_given()
    {
        _server.On("/api/v3" + Releases + "/tags/v1.0.0", FakeResponse.Json(F.Release(5, "v1.0.0", _server.BaseUrl)));
        using var client = new GitHubReleasesClient(ApiClients.GitHubOptions(_server) with { ApiUrl = _server.Url("/api/v3") });

        var release = await client.GetReleaseByTagAsync("octo-org", "octo-repo", "v1.0.0");

        Assert.Equal(5, release!.Id);
        Assert.Equal("/api/v3/repos/octo-org/octo-repo/releases/tags/v1.0.0", Assert.Single(_server.Requests).Path);
    }

    [Fact]
    public async Task Server_errors_on_release_reads_are_retried()
    {
        _server.On(Releases + "/tags/v1.0.0", FakeResponse.Json("""{"message":"Server Error"}""", 502), FakeResponse.Json(F.Release(5, "v1.0.0", _server.BaseUrl)));
        using var client = ApiClients.GitHubReleases(_server);

        Assert.Equal(5, (await client.GetReleaseByTagAsync("octo-org", "octo-repo", "v1.0.0"))!.Id);
        Assert.Equal(2, _server.Count(Releases + "/tags/v1.0.0"));
    }
}
