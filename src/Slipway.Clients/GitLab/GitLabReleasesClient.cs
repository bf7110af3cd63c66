using System.Globalization;
using System.Net;
using Slipway.Clients.Http;

namespace Slipway.Clients.GitLab;

/// <summary>
/// Releases, their links, their tags, and files in the project's generic package registry, over the REST API v4: what a
/// branch pre-release needs (publish files, create or update the release that links them, remove all of it).
/// Same transport, rate-limit waits and worded <see cref="GitLabApiException"/>s as <see cref="GitLabClient"/>.
/// </summary>
/// <remarks>
/// Shapes and permissions checked on 2026-12-01 against GitLab's documentation (doc/api/releases/_index.md,
/// releases/links.md, packages.md, tags.md, branches.md, user/packages/generic_packages/_index.md, ci/jobs/ci_job_token.md):
/// <list type="bullet">
/// <item>Releases: <c>GET/POST /projects/:id/releases</c> (list sorted by <c>released_at</c>, or <c>order_by=created_at</c>;
/// create takes <c>tag_name</c>, <c>ref</c> for a new tag, <c>name</c>, <c>description</c>, <c>assets.links[]</c> with
/// <c>name</c>, <c>url</c>, <c>link_type</c>, <c>direct_asset_path</c>; an existing release answers 409);
/// <c>GET/PUT/DELETE /projects/:id/releases/:tag_name</c> (Developer to create and update, Maintainer to delete; deleting
/// a release keeps its tag).</item>
/// <item>Links: <c>GET/POST /projects/:id/releases/:tag_name/assets/links</c>; names and URLs unique per release.</item>
/// <item>Generic packages: <c>PUT /projects/:id/packages/generic/:name/:version/:file</c> answers 201; the same file
/// uploaded again is added beside the first unless the group forbids duplicates. Names and versions: letters, digits,
/// <c>. _ - +</c>. <c>GET /projects/:id/packages?package_type=generic&amp;package_name=&amp;package_version=</c> (name is a
/// fuzzy match), <c>GET /projects/:id/packages/:package_id/package_files</c> (with <c>file_sha256</c>),
/// <c>DELETE /projects/:id/packages/:package_id</c>.</item>
/// <item>Tags: <c>DELETE /projects/:id/repository/tags/:tag_name</c>; branches: <c>GET /projects/:id/repository/branches</c>.</item>
/// <item>A <c>CI_JOB_TOKEN</c> reaches the Releases, Release links and Packages APIs, branch listing and the package
/// registry, but of the Tags API only <c>GET</c>: deleting a tag takes an access token with the <c>api</c> scope.</item>
/// </list>
/// </remarks>
public sealed class GitLabReleasesClient
{
    private const string OctetStream = "application/octet-stream";
    private readonly GitLabApi _gitLab;

    /// <summary>Creates the client.</summary>
    /// <param name="http">Transport (over a <see cref="RetryHandler"/>, which replays uploads on 5xx); its base address is ignored.</param>
    /// <param name="options">API address and token; <see cref="GitLabOptions.FromEnvironment"/> when null.</param>
    /// <param name="time">Clock for rate-limit waits; the system clock when null.</param>
    public GitLabReleasesClient(HttpClient http, GitLabOptions? options = null, TimeProvider? time = null)
    {
        _gitLab = new GitLabApi(
            http, options ?? GitLabOptions.FromEnvironment(), time ?? TimeProvider.System, "api",
            "lacks the permission this needs (Developer to publish releases and packages, Maintainer to delete releases; deleting tags needs an access token with the api scope, not a CI_JOB_TOKEN)");
    }

    /// <summary>The options in force.</summary>
    public GitLabOptions Options => _gitLab.Options;

    /// <summary>The project: its numeric id, full path and default branch.</summary>
    /// <exception cref="GitLabApiException">The project does not exist or the token cannot see it (404, worded as such), or another failure.</exception>
    public async Task<GitLabProject> GetProjectAsync(string project, CancellationToken cancellationToken = default)
    {
        var url = _gitLab.Url(GitLabApi.Project(project));
        return await _gitLab.Json.SendJsonAsync<GitLabProject>(HttpMethod.Get, url, null, nullOnNotFound: true, cancellationToken)
            ?? throw new GitLabApiException(
                $"project {project} not found at {Options.ApiUrl} (GET {url} answered 404). Check the project path or id; a private project also answers 404 to a token that cannot read it ({Options.TokenVariable}).",
                HttpStatusCode.NotFound);
    }

    /// <summary>The names of the project's branches (pages of 100 followed).</summary>
    public async Task<IReadOnlyList<string>> ListBranchesAsync(string project, CancellationToken cancellationToken = default) =>
        [.. (await _gitLab.Json.GetPagesAsync<GitLabBranch>(_gitLab.Url($"{GitLabApi.Project(project)}/repository/branches?per_page=100"), int.MaxValue, cancellationToken)).Select(b => b.Name)];

    /// <summary>The project's releases, newest created first (pages of 100 followed up to <paramref name="max"/>).</summary>
    public async Task<IReadOnlyList<GitLabRelease>> ListReleasesAsync(string project, int max = int.MaxValue, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        var url = _gitLab.Url($"{GitLabApi.Project(project)}/releases{JsonApi.Query(("per_page", "100"), ("order_by", "created_at"), ("sort", "desc"))}");
        return await _gitLab.Json.GetPagesAsync<GitLabRelease>(url, max, cancellationToken);
    }

    /// <summary>The release of <paramref name="tag"/>; null when there is none.</summary>
    public Task<GitLabRelease?> GetReleaseAsync(string project, string tag, CancellationToken cancellationToken = default) =>
        _gitLab.Json.SendJsonAsync<GitLabRelease>(HttpMethod.Get, ReleaseUrl(project, tag), null, nullOnNotFound: true, cancellationToken);

    /// <summary>Creates a release (and its tag at <see cref="GitLabReleaseSpec.Ref"/> when the tag does not exist).</summary>
    /// <exception cref="GitLabApiException">GitLab refused it (409 when the tag has a release already).</exception>
    public async Task<GitLabRelease> CreateReleaseAsync(string project, GitLabReleaseSpec spec, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var body = new
        {
            spec.TagName,
            spec.Ref,
            spec.Name,
            spec.Description,
            Assets = new { Links = spec.Links.Select(l => new { l.Name, l.Url, l.LinkType, l.DirectAssetPath }).ToList() },
        };
        return (await _gitLab.Json.SendJsonAsync<GitLabRelease>(HttpMethod.Post, _gitLab.Url($"{GitLabApi.Project(project)}/releases"), body, nullOnNotFound: false, cancellationToken))!;
    }

    /// <summary>Sets the title and notes of the release of <paramref name="tag"/>.</summary>
    /// <exception cref="GitLabApiException">The release does not exist or GitLab refused the change.</exception>
    public async Task<GitLabRelease> UpdateReleaseAsync(string project, string tag, string? name, string? description, CancellationToken cancellationToken = default) =>
        (await _gitLab.Json.SendJsonAsync<GitLabRelease>(HttpMethod.Put, ReleaseUrl(project, tag), new { Name = name, Description = description }, nullOnNotFound: false, cancellationToken))!;

    /// <summary>Deletes the release of <paramref name="tag"/> (its tag stays: see <see cref="DeleteTagAsync"/>); false when there was none.</summary>
    public Task<bool> DeleteReleaseAsync(string project, string tag, CancellationToken cancellationToken = default) =>
        DeleteAsync(ReleaseUrl(project, tag), cancellationToken);

    /// <summary>The links of the release of <paramref name="tag"/>.</summary>
    public async Task<IReadOnlyList<GitLabReleaseLink>> ListReleaseLinksAsync(string project, string tag, CancellationToken cancellationToken = default) =>
        await _gitLab.Json.GetPagesAsync<GitLabReleaseLink>(new Uri(ReleaseUrl(project, tag).AbsoluteUri + "/assets/links?per_page=100"), int.MaxValue, cancellationToken);

    /// <summary>Adds a link to the release of <paramref name="tag"/>.</summary>
    /// <exception cref="GitLabApiException">GitLab refused it (400 when the name or URL is taken).</exception>
    public async Task<GitLabReleaseLink> CreateReleaseLinkAsync(string project, string tag, GitLabReleaseLinkSpec link, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(link);
        return (await _gitLab.Json.SendJsonAsync<GitLabReleaseLink>(
            HttpMethod.Post, new Uri(ReleaseUrl(project, tag).AbsoluteUri + "/assets/links"), new { link.Name, link.Url, link.LinkType, link.DirectAssetPath }, nullOnNotFound: false, cancellationToken))!;
    }

    /// <summary>Deletes the tag <paramref name="tag"/>; false when it did not exist.</summary>
    /// <exception cref="GitLabApiException">GitLab refused (a protected tag, or a token that may not delete tags, such as a CI_JOB_TOKEN).</exception>
    public Task<bool> DeleteTagAsync(string project, string tag, CancellationToken cancellationToken = default) =>
        DeleteAsync(_gitLab.Url($"{GitLabApi.Project(project)}/repository/tags/{JsonApi.Segment(tag)}"), cancellationToken);

    /// <summary>Where <see cref="UploadPackageFileAsync"/> puts a file, and where it is downloaded from (the API address of the generic package file).</summary>
    public Uri PackageFileUrl(string project, string packageName, string version, string fileName) =>
        _gitLab.Url($"{GitLabApi.Project(project)}/packages/generic/{JsonApi.Segment(packageName)}/{JsonApi.Segment(version)}/{JsonApi.Segment(fileName)}");

    /// <summary>Uploads <paramref name="content"/> as <paramref name="fileName"/> of generic package <paramref name="packageName"/> <paramref name="version"/>.</summary>
    /// <exception cref="GitLabApiException">GitLab refused it (403 when duplicates are forbidden and the file exists, or the registry is off).</exception>
    public async Task UploadPackageFileAsync(string project, string packageName, string version, string fileName, byte[] content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        using var response = await _gitLab.Json.SendAsync(
            HttpMethod.Put,
            PackageFileUrl(project, packageName, version, fileName),
            () =>
            {
                var body = new ByteArrayContent(content);
                body.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(OctetStream);
                return body;
            },
            nullOnNotFound: false,
            cancellationToken);
    }

    /// <summary>The generic package <paramref name="packageName"/> at <paramref name="version"/>; null when there is none.</summary>
    public async Task<GitLabPackage?> FindPackageAsync(string project, string packageName, string version, CancellationToken cancellationToken = default)
    {
        var query = JsonApi.Query(("package_type", "generic"), ("package_name", packageName), ("package_version", version), ("per_page", "100"));
        var packages = await _gitLab.Json.GetPagesAsync<GitLabPackage>(_gitLab.Url($"{GitLabApi.Project(project)}/packages{query}"), int.MaxValue, cancellationToken);
        // package_name is a fuzzy search: keep the exact match only.
        return packages.FirstOrDefault(p => string.Equals(p.Name, packageName, StringComparison.Ordinal) && string.Equals(p.Version, version, StringComparison.Ordinal));
    }

    /// <summary>The files of package <paramref name="packageId"/>.</summary>
    public async Task<IReadOnlyList<GitLabPackageFile>> ListPackageFilesAsync(string project, long packageId, CancellationToken cancellationToken = default) =>
        await _gitLab.Json.GetPagesAsync<GitLabPackageFile>(_gitLab.Url($"{GitLabApi.Project(project)}/packages/{Id(packageId)}/package_files?per_page=100"), int.MaxValue, cancellationToken);

    /// <summary>Deletes package <paramref name="packageId"/> with all its files; false when it did not exist.</summary>
    public Task<bool> DeletePackageAsync(string project, long packageId, CancellationToken cancellationToken = default) =>
        DeleteAsync(_gitLab.Url($"{GitLabApi.Project(project)}/packages/{Id(packageId)}"), cancellationToken);

    private Uri ReleaseUrl(string project, string tag) => _gitLab.Url($"{GitLabApi.Project(project)}/releases/{JsonApi.Segment(tag)}");

    private async Task<bool> DeleteAsync(Uri url, CancellationToken cancellationToken)
    {
        using var response = await _gitLab.Json.SendAsync(HttpMethod.Delete, url, content: null, nullOnNotFound: true, cancellationToken);
        return response is not null;
    }

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
