using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace Slipway.Clients.Tests.TestDoubles;

/// <summary>
/// TEST DOUBLE of the GitHub REST API (version 2022-11-28) for one repository's releases, as a stateful
/// <see cref="FakeHttpServer"/>: get the repository, list branches, list releases (newest first, <c>Link</c> pages of at
/// most <see cref="StatefulApiDouble.MaxPerPage"/>), get a published release by tag, create (422 <c>already_exists</c> for a taken tag),
/// update (publishing a draft creates its tag), delete, list/upload/delete assets (422 for a taken asset name), delete tag
/// refs (422 "Reference does not exist"). Answers follow the documented shapes; <see cref="StatefulApiDouble.FailNext"/> injects faults.
/// </summary>
public sealed class GitHubReleasesApiDouble : StatefulApiDouble
{
    private readonly List<Release> _releases = [];
    private long _nextId = 100;

    public GitHubReleasesApiDouble(string repository = "octo-org/octo-repo", string token = "ghp_testtoken")
    {
        Repository = repository;
        Token = token;
    }

    public Uri BaseUrl => Server.BaseUrl;

    public string Repository { get; }

    public string Token { get; }

    /// <summary>A snapshot of the releases, newest first.</summary>
    public IReadOnlyList<Release> Releases
    {
        get
        {
            lock (Gate)
            {
                return [.. Newest()];
            }
        }
    }

    /// <summary>Adds a release as if made earlier (by Slipway or by hand).</summary>
    public Release Add(string tag, string body, bool prerelease = true, bool draft = false, DateTimeOffset? createdAt = null, string commit = "0123456789abcdef0123456789abcdef01234567")
    {
        lock (Gate)
        {
            var release = new Release(_nextId++, tag, tag, body, commit, draft, prerelease, createdAt ?? Tick());
            _releases.Add(release);
            if (!draft)
            {
                Tags[tag] = commit;
            }

            return release;
        }
    }

    private string Repo => "/repos/" + Repository;

    protected override FakeResponse? Handle(RecordedRequest request) =>
        request.Header("Authorization") == "Bearer " + Token ? Route(request) : Message(401, "Bad credentials");

    private FakeResponse? Route(RecordedRequest request)
    {
        var path = request.Path;
        var uploads = "/uploads" + Repo + "/releases/";
        if (path.StartsWith(uploads, StringComparison.Ordinal) && path.EndsWith("/assets", StringComparison.Ordinal) && request.Method == "POST")
        {
            return Upload(FindById(path[uploads.Length..^"/assets".Length]), request);
        }

        if (!path.StartsWith(Repo, StringComparison.Ordinal))
        {
            return null;
        }

        var rest = path[Repo.Length..];
        return (request.Method, rest) switch
        {
            ("GET", "") => FakeResponse.Json(RepositoryJson()),
            ("GET", "/branches") => Page(request, [.. Branches.Order(StringComparer.Ordinal).Select(BranchJson)]),
            ("GET", "/releases") => Page(request, [.. Newest().Select(ReleaseJson)]),
            ("POST", "/releases") => Create(request),
            ("GET", _) when rest.StartsWith("/releases/tags/", StringComparison.Ordinal) =>
                _releases.FirstOrDefault(r => !r.Draft && r.Tag == Uri.UnescapeDataString(rest["/releases/tags/".Length..])) is { } byTag ? FakeResponse.Json(ReleaseJson(byTag).ToJsonString()) : Message(404, "Not Found"),
            ("DELETE", _) when rest.StartsWith("/releases/assets/", StringComparison.Ordinal) => DeleteAsset(rest["/releases/assets/".Length..]),
            ("GET", _) when rest.StartsWith("/releases/", StringComparison.Ordinal) && rest.EndsWith("/assets", StringComparison.Ordinal) =>
                FindById(rest["/releases/".Length..^"/assets".Length]) is { } withAssets ? Page(request, [.. withAssets.Assets.Select(a => AssetJson(withAssets, a))]) : Message(404, "Not Found"),
            ("PATCH", _) when rest.StartsWith("/releases/", StringComparison.Ordinal) => Update(FindById(rest["/releases/".Length..]), request),
            ("DELETE", _) when rest.StartsWith("/releases/", StringComparison.Ordinal) => DeleteRelease(FindById(rest["/releases/".Length..])),
            ("DELETE", _) when rest.StartsWith("/git/refs/tags/", StringComparison.Ordinal) => DeleteTag(Uri.UnescapeDataString(rest["/git/refs/tags/".Length..])),
            _ => null,
        };
    }

    private FakeResponse Create(RecordedRequest request)
    {
        var body = JsonNode.Parse(request.Text)!;
        var tag = (string)body["tag_name"]!;
        if (_releases.Any(r => r.Tag == tag))
        {
            return FakeResponse.Json(
                """{"message":"Validation Failed","errors":[{"resource":"Release","code":"already_exists","field":"tag_name"}],"documentation_url":"https://docs.github.com/rest/releases/releases#create-a-release","status":"422"}""", 422);
        }

        var release = new Release(
            _nextId++, tag, (string?)body["name"] ?? tag, (string?)body["body"] ?? "", (string?)body["target_commitish"] ?? "main",
            (bool?)body["draft"] ?? false, (bool?)body["prerelease"] ?? false, Tick());
        _releases.Add(release);
        if (!release.Draft)
        {
            Tags[tag] = release.Target;
        }

        return FakeResponse.Json(ReleaseJson(release).ToJsonString(), 201);
    }

    private FakeResponse Update(Release? release, RecordedRequest request)
    {
        if (release is null)
        {
            return Message(404, "Not Found");
        }

        var body = JsonNode.Parse(request.Text)!;
        release.Name = (string?)body["name"] ?? release.Name;
        release.Body = (string?)body["body"] ?? release.Body;
        release.Prerelease = (bool?)body["prerelease"] ?? release.Prerelease;
        if ((bool?)body["draft"] is false && release.Draft)
        {
            release.Draft = false;
            Tags[release.Tag] = release.Target; // publishing creates the tag
        }

        return FakeResponse.Json(ReleaseJson(release).ToJsonString());
    }

    private FakeResponse DeleteRelease(Release? release)
    {
        if (release is null)
        {
            return Message(404, "Not Found");
        }

        _releases.Remove(release);
        return new FakeResponse(204, [], []);
    }

    private FakeResponse DeleteTag(string tag) =>
        Tags.Remove(tag)
            ? new FakeResponse(204, [], [])
            : FakeResponse.Json("""{"message":"Reference does not exist","documentation_url":"https://docs.github.com/rest/git/refs#delete-a-reference","status":"422"}""", 422);

    private FakeResponse Upload(Release? release, RecordedRequest request)
    {
        if (release is null)
        {
            return Message(404, "Not Found");
        }

        var name = Uri.UnescapeDataString(request.Query.Split('&').Select(p => p.Split('=', 2)).First(p => p[0] == "name")[1]);
        if (release.Assets.Any(a => a.Name == name))
        {
            return FakeResponse.Json(
                """{"message":"Validation Failed","errors":[{"resource":"ReleaseAsset","code":"already_exists","field":"name"}],"documentation_url":"https://docs.github.com/rest/releases/assets#upload-a-release-asset","status":"422"}""", 422);
        }

        var asset = new Asset(_nextId++, name, request.Header("Content-Type") ?? "application/octet-stream", request.Body);
        release.Assets.Add(asset);
        return FakeResponse.Json(AssetJson(release, asset).ToJsonString(), 201);
    }

    private FakeResponse DeleteAsset(string id)
    {
        foreach (var release in _releases)
        {
            if (release.Assets.FirstOrDefault(a => a.Id.ToString(CultureInfo.InvariantCulture) == id) is { } asset)
            {
                release.Assets.Remove(asset);
                return new FakeResponse(204, [], []);
            }
        }

        return Message(404, "Not Found");
    }

    private Release? FindById(string id) => _releases.FirstOrDefault(r => r.Id.ToString(CultureInfo.InvariantCulture) == id);

    private IEnumerable<Release> Newest() => _releases.OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id);

    private FakeResponse Page(RecordedRequest request, IReadOnlyList<JsonNode> items)
    {
        var (slice, page, _, more) = Slice(request, items, defaultPerPage: 30);
        var response = FakeResponse.Json(new JsonArray([.. slice.Select(i => i.DeepClone())]).ToJsonString());
        if (more)
        {
            var next = string.Join('&', Query(request).Where(q => q.Key != "page").Select(q => $"{q.Key}={Uri.EscapeDataString(q.Value)}").Append($"page={page + 1}"));
            response = response.With("Link", $"<{Server.Url(request.Path.TrimStart('/') + "?" + next)}>; rel=\"next\"");
        }

        return response;
    }

    private string RepositoryJson() => new JsonObject
    {
        ["id"] = 1296269,
        ["node_id"] = "MDEwOlJlcG9zaXRvcnkxMjk2MjY5",
        ["name"] = Repository.Split('/')[1],
        ["full_name"] = Repository,
        ["owner"] = new JsonObject { ["login"] = Repository.Split('/')[0], ["id"] = 1, ["type"] = "Organization" },
        ["private"] = false,
        ["html_url"] = "https://github.com/" + Repository,
        ["url"] = Server.Url("repos/" + Repository).AbsoluteUri,
        ["default_branch"] = "main",
        ["created_at"] = "2026-01-01T00:00:00Z",
        ["updated_at"] = "2026-01-01T00:00:00Z",
        ["pushed_at"] = "2026-01-01T00:00:00Z",
    }.ToJsonString();

    private JsonNode BranchJson(string name) => new JsonObject
    {
        ["name"] = name,
        ["commit"] = new JsonObject { ["sha"] = Convert.ToHexStringLower(SHA1.HashData(System.Text.Encoding.UTF8.GetBytes(name))), ["url"] = Server.Url($"repos/{Repository}/commits/{name}").AbsoluteUri },
        ["protected"] = name == "main",
    };

    private JsonNode ReleaseJson(Release release) => new JsonObject
    {
        ["url"] = Server.Url($"repos/{Repository}/releases/{release.Id}").AbsoluteUri,
        ["html_url"] = $"https://github.com/{Repository}/releases/tag/{release.Tag}",
        ["assets_url"] = Server.Url($"repos/{Repository}/releases/{release.Id}/assets").AbsoluteUri,
        ["upload_url"] = Server.Url($"uploads/repos/{Repository}/releases/{release.Id}/assets").AbsoluteUri + "{?name,label}",
        ["tarball_url"] = Server.Url($"repos/{Repository}/tarball/{release.Tag}").AbsoluteUri,
        ["zipball_url"] = Server.Url($"repos/{Repository}/zipball/{release.Tag}").AbsoluteUri,
        ["id"] = release.Id,
        ["node_id"] = "RE_kwDOA" + release.Id.ToString(CultureInfo.InvariantCulture),
        ["tag_name"] = release.Tag,
        ["target_commitish"] = release.Target,
        ["name"] = release.Name,
        ["body"] = release.Body,
        ["draft"] = release.Draft,
        ["prerelease"] = release.Prerelease,
        ["created_at"] = release.CreatedAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
        ["published_at"] = release.Draft ? null : release.CreatedAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
        ["author"] = new JsonObject { ["login"] = "github-actions[bot]", ["id"] = 41898282, ["type"] = "Bot" },
        ["assets"] = new JsonArray([.. release.Assets.Select(a => AssetJson(release, a))]),
    };

    private static JsonNode AssetJson(Release release, Asset asset) => new JsonObject
    {
        ["url"] = $"https://api.github.com/repos/octo-org/octo-repo/releases/assets/{asset.Id}",
        ["browser_download_url"] = $"https://github.com/octo-org/octo-repo/releases/download/{release.Tag}/{asset.Name}",
        ["id"] = asset.Id,
        ["node_id"] = "RA_kwDOA" + asset.Id.ToString(CultureInfo.InvariantCulture),
        ["name"] = asset.Name,
        ["label"] = null,
        ["state"] = "uploaded",
        ["content_type"] = asset.ContentType,
        ["size"] = asset.Content.Length,
        ["download_count"] = 0,
        ["created_at"] = "2026-05-04T10:02:00Z",
        ["updated_at"] = "2026-05-04T10:02:00Z",
    };

    private static FakeResponse Message(int status, string message) =>
        FakeResponse.Json(new JsonObject { ["message"] = message, ["documentation_url"] = "https://docs.github.com/rest", ["status"] = status.ToString(CultureInfo.InvariantCulture) }.ToJsonString(), status);

    /// <summary>A release the double holds.</summary>
    public sealed class Release(long id, string tag, string name, string body, string target, bool draft, bool prerelease, DateTimeOffset createdAt)
    {
        public long Id { get; } = id;

        public string Tag { get; } = tag;

        public string Name { get; set; } = name;

        public string Body { get; set; } = body;

        public string Target { get; } = target;

        public bool Draft { get; set; } = draft;

        public bool Prerelease { get; set; } = prerelease;

        public DateTimeOffset CreatedAt { get; } = createdAt;

        public List<Asset> Assets { get; } = [];
    }

    /// <summary>An uploaded file.</summary>
    public sealed record Asset(long Id, string Name, string ContentType, byte[] Content);
}
