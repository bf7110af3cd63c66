using System.Net;
using System.Text;
using System.Text.Json;
using Slipway.Clients.GitLab;
using Slipway.Clients.Tests.TestDoubles;
using Xunit;

namespace Slipway.Clients.Tests.GitLab;

/// <summary>The releases, links, tags and generic packages API against the loopback GitLab TEST DOUBLE.</summary>
public sealed class GitLabReleasesClientTests : IAsyncLifetime
{
    private readonly GitLabReleasesApiDouble _gitLab = new() { MaxPerPage = 2 };

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _gitLab.DisposeAsync();

    private GitLabReleasesClient Client(string? privateToken = "glpat-testtoken", string? jobToken = null) =>
        new(ApiClients.Http(), new GitLabOptions { ApiUrl = _gitLab.ApiUrl, PrivateToken = privateToken, JobToken = jobToken, MaxRateLimitWait = TimeSpan.FromSeconds(5) });

    [Fact]
    public async Task The_project_is_found_by_escaped_path_and_an_unknown_one_is_named()
    {
        var project = await Client().GetProjectAsync("group/app");
        var ex = await Assert.ThrowsAsync<GitLabApiException>(() => Client().GetProjectAsync("group/nope"));

        Assert.Equal((42L, "group/app", "main"), (project.Id, project.PathWithNamespace, project.DefaultBranch));
        Assert.Equal("/api/v4/projects/group%2Fapp", _gitLab.Requests[0].Path);
        Assert.Equal(HttpStatusCode.NotFound, ex.StatusCode);
        Assert.StartsWith($"project group/nope not found at {_gitLab.ApiUrl}", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_release_is_created_with_its_tag_at_the_ref_and_its_links_and_a_second_create_answers_409()
    {
        var client = Client();
        var spec = new GitLabReleaseSpec
        {
            TagName = "main-a1b2c3d4",
            Ref = "a1b2c3d4e5f60718293a4b5c6d7e8f9012345678",
            Name = "main-a1b2c3d4",
            Description = "notes",
            Links = [new GitLabReleaseLinkSpec("app.tar.gz", "https://gitlab.example.com/api/v4/projects/42/packages/generic/prerelease/main-a1b2c3d4/app.tar.gz", DirectAssetPath: "/app.tar.gz")],
        };

        var release = await client.CreateReleaseAsync("42", spec);
        var again = await Assert.ThrowsAsync<GitLabApiException>(() => client.CreateReleaseAsync("42", spec));

        using var body = JsonDocument.Parse(_gitLab.Requests[0].Text);
        Assert.Equal("main-a1b2c3d4", body.RootElement.GetProperty("tag_name").GetString());
        Assert.Equal(spec.Ref, body.RootElement.GetProperty("ref").GetString());
        var link = body.RootElement.GetProperty("assets").GetProperty("links")[0];
        Assert.Equal(("app.tar.gz", "package", "/app.tar.gz"), (link.GetProperty("name").GetString(), link.GetProperty("link_type").GetString(), link.GetProperty("direct_asset_path").GetString()));
        Assert.Equal("application/json; charset=utf-8", _gitLab.Requests[0].Header("Content-Type"));
        Assert.Equal(spec.Ref, _gitLab.Tags["main-a1b2c3d4"]);
        Assert.Equal("app.tar.gz", Assert.Single(release.Assets!.Links).Name);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.StartsWith("POST " + _gitLab.ApiUrl + "projects/42/releases: GitLab answered 409", again.Message, StringComparison.Ordinal);
        Assert.Contains("GitLab said: Release already exists", again.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Releases_and_branches_are_listed_across_pages_newest_first()
    {
        foreach (var tag in new[] { "a", "b", "c" })
        {
            _gitLab.Add(tag, "notes of " + tag);
        }

        _gitLab.Branches.UnionWith(["feature/x", "fix/y"]);
        var client = Client();

        var releases = await client.ListReleasesAsync("42");
        var branches = await client.ListBranchesAsync("42");

        Assert.Equal(["c", "b", "a"], releases.Select(r => r.TagName));
        Assert.Equal("notes of c", releases[0].Description);
        Assert.Equal(["feature/x", "fix/y", "main"], branches);
        Assert.Equal("per_page=100&order_by=created_at&sort=desc&page=2", _gitLab.Requests[1].Query);
    }

    [Fact]
    public async Task Package_files_upload_with_a_job_token_retry_a_server_error_and_are_found_by_exact_name()
    {
        _gitLab.FailNext("PUT", "/api/v4/projects/42/packages/generic/", FakeResponse.Json("""{"message":"502 Bad Gateway"}""", 502));
        var client = Client(privateToken: null, jobToken: "job-token-1");
        await client.UploadPackageFileAsync("42", "prerelease-extra", "main-a1b2c3d4", "noise.txt", Encoding.ASCII.GetBytes("noise"));

        await client.UploadPackageFileAsync("42", "prerelease", "main-a1b2c3d4", "app.tar.gz", Encoding.ASCII.GetBytes("archive"));
        var package = await client.FindPackageAsync("42", "prerelease", "main-a1b2c3d4");
        var files = await client.ListPackageFilesAsync("42", package!.Id);

        var uploads = _gitLab.Requests.Where(r => r.Method == "PUT").ToList();
        Assert.Equal(3, uploads.Count); // the 502 was retried
        Assert.All(uploads, u => Assert.Equal("job-token-1", u.Header("JOB-TOKEN")));
        Assert.Equal("/api/v4/projects/42/packages/generic/prerelease/main-a1b2c3d4/app.tar.gz", uploads[2].Path);
        Assert.Equal("application/octet-stream", uploads[2].Header("Content-Type"));
        Assert.Equal("prerelease", package.Name); // not the fuzzy match prerelease-extra
        var file = Assert.Single(files);
        Assert.Equal(("app.tar.gz", 7L), (file.FileName, file.Size));
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.ASCII.GetBytes("archive"))), file.FileSha256);
        Assert.Null(await client.FindPackageAsync("42", "prerelease", "other"));
    }

    [Fact]
    public async Task Update_links_and_deletes_report_what_was_there()
    {
        var client = Client();
        await client.CreateReleaseAsync("42", new GitLabReleaseSpec { TagName = "t1", Ref = "0123456789abcdef0123456789abcdef01234567", Description = "old" });
        await client.UploadPackageFileAsync("42", "prerelease", "t1", "a.zip", [1, 2, 3]);

        var updated = await client.UpdateReleaseAsync("42", "t1", "t1", "new");
        await client.CreateReleaseLinkAsync("42", "t1", new GitLabReleaseLinkSpec("a.zip", client.PackageFileUrl("42", "prerelease", "t1", "a.zip").AbsoluteUri));
        var links = await client.ListReleaseLinksAsync("42", "t1");
        var package = (await client.FindPackageAsync("42", "prerelease", "t1"))!;

        Assert.Equal("new", updated.Description);
        Assert.Equal(_gitLab.ApiUrl + "projects/42/packages/generic/prerelease/t1/a.zip", Assert.Single(links).Url);
        Assert.True(await client.DeleteReleaseAsync("42", "t1"));
        Assert.False(await client.DeleteReleaseAsync("42", "t1"));
        Assert.True(await client.DeleteTagAsync("42", "t1"));
        Assert.False(await client.DeleteTagAsync("42", "t1"));
        Assert.True(await client.DeletePackageAsync("42", package.Id));
        Assert.False(await client.DeletePackageAsync("42", package.Id));
        Assert.Null(await client.GetReleaseAsync("42", "t1"));
    }

    [Fact]
    public async Task A_job_token_deleting_a_tag_is_refused_with_what_it_takes()
    {
        _gitLab.Tags["t1"] = "0123456789abcdef0123456789abcdef01234567";

        var ex = await Assert.ThrowsAsync<GitLabApiException>(() => Client(privateToken: null, jobToken: "job-token-1").DeleteTagAsync("42", "t1"));

        Assert.Equal(HttpStatusCode.Forbidden, ex.StatusCode);
        Assert.Contains("DELETE " + _gitLab.ApiUrl + "projects/42/repository/tags/t1: GitLab answered 403", ex.Message, StringComparison.Ordinal);
        Assert.Contains("deleting tags needs an access token with the api scope, not a CI_JOB_TOKEN", ex.Message, StringComparison.Ordinal);
        Assert.True(_gitLab.Tags.ContainsKey("t1"));
    }

    [Fact]
    public async Task A_rate_limit_that_resets_soon_is_waited_for_and_a_late_one_is_worded()
    {
        var soon = DateTimeOffset.UtcNow.AddSeconds(1).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var late = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        _gitLab.FailNext("GET", "/api/v4/projects/42/releases", FakeResponse.Json("""{"message":"Retry later"}""", 429, ("RateLimit-Remaining", "0"), ("RateLimit-Reset", soon)));
        Assert.Empty(await Client().ListReleasesAsync("42"));

        _gitLab.FailNext("GET", "/api/v4/projects/42/releases", FakeResponse.Json("""{"message":"Retry later"}""", 429, ("RateLimit-Remaining", "0"), ("RateLimit-Reset", late)));
        var ex = await Assert.ThrowsAsync<GitLabApiException>(() => Client().ListReleasesAsync("42"));
        Assert.Contains("GitLab API rate limit exceeded (HTTP 429)", ex.Message, StringComparison.Ordinal);
        Assert.NotNull(ex.RateLimitReset);
    }
}
