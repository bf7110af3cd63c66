using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace Slipway.Clients.Tests.TestDoubles;

/// <summary>
/// TEST DOUBLE of the GitLab REST API v4 for one project's releases and generic packages, as a stateful
/// <see cref="FakeHttpServer"/>: get the project (by id or escaped path), list branches, releases (newest created first)
/// and links with <c>X-Next-Page</c>/<c>Link</c> pages of at most <see cref="StatefulApiDouble.MaxPerPage"/>; create a release (409 when the
/// tag has one; a new tag at <c>ref</c>), update and delete it (the tag stays); add links; upload generic package files
/// (201, duplicates kept beside the first, as GitLab does by default), list packages (fuzzy name match) and their files
/// with <c>file_sha256</c>, delete packages; delete tags (403 for a job token, as the Tags API refuses it).
/// <see cref="StatefulApiDouble.FailNext"/> injects faults.
/// </summary>
public sealed class GitLabReleasesApiDouble : StatefulApiDouble
{
    private readonly List<Release> _releases = [];
    private readonly List<Package> _packages = [];
    private long _nextId = 500;

    public GitLabReleasesApiDouble(string path = "group/app", long id = 42, string privateToken = "glpat-testtoken", string jobToken = "job-token-1")
    {
        ProjectPath = path;
        ProjectId = id;
        PrivateToken = privateToken;
        JobToken = jobToken;
    }

    public Uri ApiUrl => Server.Url("api/v4/");

    public string ProjectPath { get; }

    public long ProjectId { get; }

    public string PrivateToken { get; }

    public string JobToken { get; }

    public IReadOnlyList<Release> Releases
    {
        get
        {
            lock (Gate)
            {
                return [.. _releases.OrderByDescending(r => r.CreatedAt)];
            }
        }
    }

    public IReadOnlyList<Package> Packages
    {
        get
        {
            lock (Gate)
            {
                return [.. _packages];
            }
        }
    }

    public Release Add(string tag, string description, DateTimeOffset? createdAt = null, string commit = "0123456789abcdef0123456789abcdef01234567")
    {
        lock (Gate)
        {
            var release = new Release(tag, tag, description, createdAt ?? Tick());
            _releases.Add(release);
            Tags[tag] = commit;
            return release;
        }
    }

    protected override FakeResponse? Handle(RecordedRequest request)
    {
        var jobToken = request.Header("JOB-TOKEN") == JobToken;
        return request.Header("PRIVATE-TOKEN") == PrivateToken || jobToken ? Route(request, jobToken) : Message(401, "401 Unauthorized");
    }

    private FakeResponse? Route(RecordedRequest request, bool jobToken)
    {
        string? rest = null;
        foreach (var key in new[] { ProjectId.ToString(CultureInfo.InvariantCulture), Uri.EscapeDataString(ProjectPath) })
        {
            var prefix = "/api/v4/projects/" + key;
            if (request.Path == prefix || request.Path.StartsWith(prefix + "/", StringComparison.Ordinal))
            {
                rest = request.Path[prefix.Length..];
            }
        }

        if (rest is null)
        {
            return Message(404, "404 Project Not Found");
        }

        string Tail(string prefix) => Uri.UnescapeDataString(rest[prefix.Length..]);
        return (request.Method, rest) switch
        {
            ("GET", "") => FakeResponse.Json(new JsonObject { ["id"] = ProjectId, ["path_with_namespace"] = ProjectPath, ["default_branch"] = "main", ["web_url"] = "https://gitlab.example.com/" + ProjectPath }.ToJsonString()),
            ("GET", "/repository/branches") => Page(request, [.. Branches.Order(StringComparer.Ordinal).Select(b => (JsonNode)new JsonObject { ["name"] = b, ["merged"] = false, ["protected"] = b == "main", ["default"] = b == "main" })]),
            ("DELETE", _) when rest.StartsWith("/repository/tags/", StringComparison.Ordinal) =>
                jobToken ? Message(403, "403 Forbidden") : Tags.Remove(Tail("/repository/tags/")) ? new FakeResponse(204, [], []) : Message(404, "404 Tag Not Found"),
            ("GET", "/releases") => Page(request, [.. _releases.OrderByDescending(r => r.CreatedAt).Select(ReleaseJson)]),
            ("POST", "/releases") => Create(request),
            ("GET", _) when rest.StartsWith("/releases/", StringComparison.Ordinal) && rest.EndsWith("/assets/links", StringComparison.Ordinal) =>
                FindRelease(Uri.UnescapeDataString(rest["/releases/".Length..^"/assets/links".Length])) is { } linked ? Page(request, [.. linked.Links.Select(LinkJson)]) : Message(404, "404 Not found"),
            ("POST", _) when rest.StartsWith("/releases/", StringComparison.Ordinal) && rest.EndsWith("/assets/links", StringComparison.Ordinal) =>
                AddLink(FindRelease(Uri.UnescapeDataString(rest["/releases/".Length..^"/assets/links".Length])), JsonNode.Parse(request.Text)!),
            ("GET", _) when rest.StartsWith("/releases/", StringComparison.Ordinal) => FindRelease(Tail("/releases/")) is { } found ? FakeResponse.Json(ReleaseJson(found).ToJsonString()) : Message(404, "404 Not Found"),
            ("PUT", _) when rest.StartsWith("/releases/", StringComparison.Ordinal) => Update(FindRelease(Tail("/releases/")), JsonNode.Parse(request.Text)!),
            ("DELETE", _) when rest.StartsWith("/releases/", StringComparison.Ordinal) => FindRelease(Tail("/releases/")) is { } doomed && _releases.Remove(doomed)
                ? FakeResponse.Json(ReleaseJson(doomed).ToJsonString()) : Message(404, "404 Not Found"),
            ("PUT", _) when rest.StartsWith("/packages/generic/", StringComparison.Ordinal) => Upload(rest["/packages/generic/".Length..].Split('/').Select(Uri.UnescapeDataString).ToArray(), request.Body),
            ("GET", "/packages") => Page(request, [.. Matching(request).Select(PackageJson)]),
            ("GET", _) when rest.StartsWith("/packages/", StringComparison.Ordinal) && rest.EndsWith("/package_files", StringComparison.Ordinal) =>
                _packages.FirstOrDefault(p => p.Id.ToString(CultureInfo.InvariantCulture) == rest["/packages/".Length..^"/package_files".Length]) is { } package
                    ? Page(request, [.. package.Files.Select(FileJson)]) : Message(404, "404 Not Found"),
            ("DELETE", _) when rest.StartsWith("/packages/", StringComparison.Ordinal) =>
                _packages.RemoveAll(p => p.Id.ToString(CultureInfo.InvariantCulture) == rest["/packages/".Length..]) > 0 ? new FakeResponse(204, [], []) : Message(404, "404 Not Found"),
            _ => null,
        };
    }

    private FakeResponse Create(RecordedRequest request)
    {
        var body = JsonNode.Parse(request.Text)!;
        var tag = (string)body["tag_name"]!;
        if (FindRelease(tag) is not null)
        {
            return Message(409, "Release already exists");
        }

        if (!Tags.ContainsKey(tag))
        {
            if ((string?)body["ref"] is not { } reference)
            {
                return Message(400, "Ref is not specified");
            }

            Tags[tag] = reference;
        }

        var release = new Release(tag, (string?)body["name"] ?? tag, (string?)body["description"] ?? "", Tick());
        foreach (var link in body["assets"]?["links"]?.AsArray() ?? [])
        {
            release.Links.Add(new Link(_nextId++, (string)link!["name"]!, (string)link["url"]!, (string?)link["link_type"] ?? "other"));
        }

        _releases.Add(release);
        return FakeResponse.Json(ReleaseJson(release).ToJsonString(), 201);
    }

    private FakeResponse Update(Release? release, JsonNode body)
    {
        if (release is null)
        {
            return Message(404, "404 Not Found");
        }

        release.Name = (string?)body["name"] ?? release.Name;
        release.Description = (string?)body["description"] ?? release.Description;
        return FakeResponse.Json(ReleaseJson(release).ToJsonString());
    }

    private FakeResponse AddLink(Release? release, JsonNode body)
    {
        if (release is null)
        {
            return Message(404, "404 Not Found");
        }

        var name = (string)body["name"]!;
        if (release.Links.Any(l => l.Name == name))
        {
            return FakeResponse.Json("""{"message":{"name":["has already been taken"]}}""", 400);
        }

        var link = new Link(_nextId++, name, (string)body["url"]!, (string?)body["link_type"] ?? "other");
        release.Links.Add(link);
        return FakeResponse.Json(LinkJson(link).ToJsonString(), 201);
    }

    private FakeResponse Upload(string[] parts, byte[] content)
    {
        if (parts.Length != 3)
        {
            return Message(400, "400 Bad request - file name missing");
        }

        var package = _packages.FirstOrDefault(p => p.Name == parts[0] && p.Version == parts[1]);
        if (package is null)
        {
            package = new Package(_nextId++, parts[0], parts[1], Tick());
            _packages.Add(package);
        }

        package.Files.Add(new PackageFile(_nextId++, parts[2], content));
        return FakeResponse.Json("""{"message":"201 Created"}""", 201);
    }

    private IEnumerable<Package> Matching(RecordedRequest request)
    {
        var query = Query(request);
        return _packages.Where(p => (!query.TryGetValue("package_name", out var name) || p.Name.Contains(name, StringComparison.Ordinal))
            && (!query.TryGetValue("package_version", out var version) || p.Version == version));
    }

    private Release? FindRelease(string tag) => _releases.FirstOrDefault(r => r.Tag == tag);

    private FakeResponse Page(RecordedRequest request, IReadOnlyList<JsonNode> items)
    {
        var (slice, page, perPage, more) = Slice(request, items, defaultPerPage: 20);
        return FakeResponse.Json(new JsonArray([.. slice.Select(i => i.DeepClone())]).ToJsonString(), 200,
            ("X-Page", page.ToString(CultureInfo.InvariantCulture)), ("X-Per-Page", perPage.ToString(CultureInfo.InvariantCulture)), ("X-Next-Page", more ? (page + 1).ToString(CultureInfo.InvariantCulture) : ""));
    }

    private JsonNode ReleaseJson(Release release) => new JsonObject
    {
        ["tag_name"] = release.Tag,
        ["description"] = release.Description,
        ["name"] = release.Name,
        ["created_at"] = release.CreatedAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture),
        ["released_at"] = release.CreatedAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture),
        ["author"] = new JsonObject { ["id"] = 1, ["username"] = "project_42_bot", ["state"] = "active" },
        ["commit"] = new JsonObject { ["id"] = Tags.GetValueOrDefault(release.Tag), ["short_id"] = Tags.GetValueOrDefault(release.Tag)?[..8] },
        ["upcoming_release"] = false,
        ["tag_path"] = $"/{ProjectPath}/-/tags/{release.Tag}",
        ["assets"] = new JsonObject
        {
            ["count"] = release.Links.Count + 4,
            ["sources"] = new JsonArray(new JsonObject { ["format"] = "zip", ["url"] = $"https://gitlab.example.com/{ProjectPath}/-/archive/{release.Tag}/app-{release.Tag}.zip" }),
            ["links"] = new JsonArray([.. release.Links.Select(LinkJson)]),
        },
        ["_links"] = new JsonObject { ["self"] = $"https://gitlab.example.com/{ProjectPath}/-/releases/{release.Tag}" },
    };

    private JsonNode LinkJson(Link link) => new JsonObject
    {
        ["id"] = link.Id,
        ["name"] = link.Name,
        ["url"] = link.Url,
        ["direct_asset_url"] = $"https://gitlab.example.com/{ProjectPath}/-/releases/tag/downloads/{link.Name}",
        ["link_type"] = link.LinkType,
    };

    private static JsonNode PackageJson(Package package) => new JsonObject
    {
        ["id"] = package.Id,
        ["name"] = package.Name,
        ["version"] = package.Version,
        ["package_type"] = "generic",
        ["status"] = "default",
        ["created_at"] = package.CreatedAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture),
    };

    private static JsonNode FileJson(PackageFile file) => new JsonObject
    {
        ["id"] = file.Id,
        ["package_id"] = 0,
        ["created_at"] = "2026-05-04T10:02:00.000Z",
        ["file_name"] = file.Name,
        ["size"] = file.Content.Length,
        ["file_md5"] = null,
        ["file_sha1"] = null,
        ["file_sha256"] = Convert.ToHexStringLower(SHA256.HashData(file.Content)),
        ["pipelines"] = new JsonArray(),
    };

    private static FakeResponse Message(int status, string message) => FakeResponse.Json(new JsonObject { ["message"] = message }.ToJsonString(), status);

    public sealed class Release(string tag, string name, string description, DateTimeOffset createdAt)
    {
        public string Tag { get; } = tag;

        public string Name { get; set; } = name;

        public string Description { get; set; } = description;

        public DateTimeOffset CreatedAt { get; } = createdAt;

        public List<Link> Links { get; } = [];
    }

    public sealed record Link(long Id, string Name, string Url, string LinkType);

    public sealed class Package(long id, string name, string version, DateTimeOffset createdAt)
    {
        public long Id { get; } = id;

        public string Name { get; } = name;

        public string Version { get; } = version;

        public DateTimeOffset CreatedAt { get; } = createdAt;

        public List<PackageFile> Files { get; } = [];
    }

    public sealed record PackageFile(long Id, string Name, byte[] Content);
}
