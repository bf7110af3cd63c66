using System.Globalization;
using System.Net;
using Octokit;

namespace Slipway.Clients.GitHub;

/// <summary>
/// Releases, their assets and their tags through Octokit, as Slipway's own records: what a branch pre-release needs
/// (find the release of a tag, replace it and its files, remove it and its tag). Same transport, retries and worded
/// <see cref="GitHubApiException"/>s as <see cref="GitHubActionsClient"/>; the token needs <c>contents: write</c>.
/// </summary>
/// <remarks>
/// Shapes checked on 2026-12-01 against docs.github.com/rest (API version 2022-11-28), "Releases", "Release assets",
/// "Branches", "Repositories" and "Git references": lists take <c>per_page</c> up to 100 and page with <c>Link</c>;
/// <c>GET releases/tags/{tag}</c> finds published releases only (a draft has no tag until it is published, which creates
/// the tag at <c>target_commitish</c>); create answers 422 <c>already_exists</c> for a taken tag; <c>make_latest</c> is the
/// string <c>true</c>, <c>false</c> or <c>legacy</c>, and pre-releases are never latest; uploads go to the release's
/// <c>upload_url</c> and answer 422 for a taken name; an asset is <c>uploaded</c>, or <c>open</c> while unfinished;
/// deleting a missing ref answers 422 "Reference does not exist".
/// </remarks>
public sealed class GitHubReleasesClient : IDisposable
{
    private readonly GitHubApi _api;

    /// <summary>Creates the client.</summary>
    /// <param name="options">API address, token and retry bounds; <see cref="GitHubOptions.FromEnvironment"/> when null.</param>
    /// <param name="transport">The innermost handler (a <see cref="SocketsHttpHandler"/> that leaves redirects to Octokit when null).</param>
    public GitHubReleasesClient(GitHubOptions? options = null, HttpMessageHandler? transport = null)
    {
        _api = new GitHubApi(options ?? GitHubOptions.FromEnvironment(), transport);
    }

    /// <summary>The options in force.</summary>
    public GitHubOptions Options => _api.Options;

    /// <summary>The repository: its full name and default branch.</summary>
    /// <exception cref="GitHubApiException">The repository does not exist or the token cannot see it (404, worded as such), or another failure.</exception>
    public async Task<GitHubRepository> GetRepositoryAsync(string owner, string repo)
    {
        var what = _api.Describe("GET", $"repos/{owner}/{repo}");
        try
        {
            var repository = await _api.CallAsync(what, client => client.Repository.Get(owner, repo));
            return new GitHubRepository(repository.FullName, repository.DefaultBranch, repository.HtmlUrl);
        }
        catch (GitHubApiException ex) when (ex.StatusCode == HttpStatusCode.NotFound)
        {
            throw new GitHubApiException(
                $"repository {owner}/{repo} not found at {_api.Root} ({what} answered 404). Check the owner/name; a private repository also answers 404 to a token that cannot read it ({Options.TokenVariable}).",
                HttpStatusCode.NotFound,
                inner: ex);
        }
    }

    /// <summary>The names of the repository's branches (pages of 100 followed).</summary>
    /// <exception cref="GitHubApiException">The repository does not exist or cannot be read.</exception>
    public async Task<IReadOnlyList<string>> ListBranchesAsync(string owner, string repo)
    {
        var branches = await _api.CallAsync(_api.Describe("GET", $"repos/{owner}/{repo}/branches"), client => client.Repository.Branch.GetAll(owner, repo, new ApiOptions { PageSize = 100 }));
        return [.. branches.Select(b => b.Name)];
    }

    /// <summary>The repository's releases, newest first, drafts included (pages of 100 followed up to <paramref name="max"/>).</summary>
    /// <exception cref="GitHubApiException">The repository does not exist or cannot be read.</exception>
    public async Task<IReadOnlyList<GitHubRelease>> ListReleasesAsync(string owner, string repo, int max = int.MaxValue)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        var pages = max == int.MaxValue ? new ApiOptions { PageSize = 100 } : new ApiOptions { PageSize = Math.Min(max, 100), PageCount = (max + 99) / 100, StartPage = 1 };
        var releases = await _api.CallAsync(_api.Describe("GET", $"repos/{owner}/{repo}/releases"), client => client.Repository.Release.GetAll(owner, repo, pages));
        return [.. releases.Take(max).Select(ToRelease)];
    }

    /// <summary>The published release of <paramref name="tag"/>; null when there is none (drafts have no tag yet: see <see cref="ListReleasesAsync"/>).</summary>
    /// <exception cref="GitHubApiException">The request failed other than with 404.</exception>
    public async Task<GitHubRelease?> GetReleaseByTagAsync(string owner, string repo, string tag)
    {
        try
        {
            return ToRelease(await _api.CallAsync(_api.Describe("GET", $"repos/{owner}/{repo}/releases/tags/{tag}"), client => client.Repository.Release.Get(owner, repo, tag)));
        }
        catch (GitHubApiException ex) when (ex.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    /// <summary>Creates a release.</summary>
    /// <exception cref="GitHubApiException">GitHub refused it (422 when a release of the tag exists; the message says).</exception>
    public async Task<GitHubRelease> CreateReleaseAsync(string owner, string repo, GitHubReleaseSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var release = new NewRelease(spec.TagName)
        {
            Name = spec.Name,
            Body = spec.Body,
            TargetCommitish = spec.TargetCommitish,
            Draft = spec.Draft,
            Prerelease = spec.Prerelease,
            MakeLatest = Latest(spec.MakeLatest),
        };
        return ToRelease(await _api.CallAsync(_api.Describe("POST", $"repos/{owner}/{repo}/releases"), client => client.Repository.Release.Create(owner, repo, release)));
    }

    /// <summary>Changes release <paramref name="releaseId"/> to match <paramref name="spec"/>.</summary>
    /// <exception cref="GitHubApiException">The release does not exist or GitHub refused the change.</exception>
    public async Task<GitHubRelease> UpdateReleaseAsync(string owner, string repo, long releaseId, GitHubReleaseSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var update = new ReleaseUpdate
        {
            TagName = spec.TagName,
            Name = spec.Name,
            Body = spec.Body,
            TargetCommitish = spec.TargetCommitish,
            Draft = spec.Draft,
            Prerelease = spec.Prerelease,
            MakeLatest = Latest(spec.MakeLatest),
        };
        return ToRelease(await _api.CallAsync(_api.Describe("PATCH", $"repos/{owner}/{repo}/releases/{Id(releaseId)}"), client => client.Repository.Release.Edit(owner, repo, releaseId, update)));
    }

    /// <summary>Deletes release <paramref name="releaseId"/> (its assets go with it; its tag stays: see <see cref="DeleteTagAsync"/>).</summary>
    /// <exception cref="GitHubApiException">The release does not exist or may not be deleted.</exception>
    public Task DeleteReleaseAsync(string owner, string repo, long releaseId) =>
        _api.CallAsync(_api.Describe("DELETE", $"repos/{owner}/{repo}/releases/{Id(releaseId)}"), client => client.Repository.Release.Delete(owner, repo, releaseId));

    /// <summary>Deletes the tag <paramref name="tag"/> (the ref <c>refs/tags/&lt;tag&gt;</c>); false when it did not exist.</summary>
    /// <exception cref="GitHubApiException">GitHub refused (a protected tag, or a token without <c>contents: write</c>).</exception>
    public async Task<bool> DeleteTagAsync(string owner, string repo, string tag)
    {
        try
        {
            await _api.CallAsync(_api.Describe("DELETE", $"repos/{owner}/{repo}/git/refs/tags/{tag}"), client => client.Git.Reference.Delete(owner, repo, "tags/" + tag));
            return true;
        }
        catch (GitHubApiException ex) when (ex.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.UnprocessableEntity)
        {
            // GitHub answers 422 "Reference does not exist" for a missing ref.
            return false;
        }
    }

    /// <summary>The assets of release <paramref name="releaseId"/> (all pages).</summary>
    /// <exception cref="GitHubApiException">The release does not exist.</exception>
    public async Task<IReadOnlyList<GitHubReleaseAsset>> ListAssetsAsync(string owner, string repo, long releaseId)
    {
        var assets = await _api.CallAsync(
            _api.Describe("GET", $"repos/{owner}/{repo}/releases/{Id(releaseId)}/assets"),
            client => client.Repository.Release.GetAllAssets(owner, repo, releaseId, new ApiOptions { PageSize = 100 }));
        return [.. assets.Select(ToAsset)];
    }

    /// <summary>
    /// Uploads <paramref name="content"/> as asset <paramref name="fileName"/> of <paramref name="release"/> (to its
    /// upload address). The stream must be seekable (a file or memory stream): Octokit copies the request before sending it.
    /// </summary>
    /// <exception cref="GitHubApiException">GitHub refused it (422 when an asset of that name exists: delete it first).</exception>
    public async Task<GitHubReleaseAsset> UploadAssetAsync(GitHubRelease release, string fileName, string contentType, Stream content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(release);
        ArgumentNullException.ThrowIfNull(content);
        if (!content.CanSeek)
        {
            throw new ArgumentException($"The content of {fileName} must be a seekable stream (open the file, or copy it into a MemoryStream).", nameof(content));
        }

        var uploadUrl = release.UploadUrl ?? throw new ArgumentException($"Release {release.Id} has no upload address; use a release returned by this client.", nameof(release));
        var upload = new ReleaseAssetUpload(fileName, contentType, content, null);
        return ToAsset(await _api.CallAsync(
            $"POST {uploadUrl.Split('{')[0]}?name={fileName}",
            client => client.Repository.Release.UploadAsset(new Release(uploadUrl), upload, cancellationToken)));
    }

    /// <summary>Deletes asset <paramref name="assetId"/>.</summary>
    /// <exception cref="GitHubApiException">The asset does not exist or may not be deleted.</exception>
    public Task DeleteAssetAsync(string owner, string repo, long assetId) =>
        _api.CallAsync(_api.Describe("DELETE", $"repos/{owner}/{repo}/releases/assets/{Id(assetId)}"), client => client.Repository.Release.DeleteAsset(owner, repo, OctokitAssetId(assetId)));

    /// <inheritdoc />
    public void Dispose() => _api.Dispose();

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    private static MakeLatestQualifier? Latest(bool? makeLatest) => makeLatest switch
    {
        true => MakeLatestQualifier.True,
        false => MakeLatestQualifier.False,
        null => null,
    };

    // Octokit 14 types asset ids as int; GitHub's are still below 2^31, and a larger one fails here rather than wrapping.
    private static int OctokitAssetId(long id) => checked((int)id);

    private static GitHubRelease ToRelease(Release release) => new()
    {
        Id = release.Id,
        Spec = new GitHubReleaseSpec
        {
            TagName = release.TagName,
            Name = release.Name,
            Body = release.Body,
            TargetCommitish = release.TargetCommitish,
            Draft = release.Draft,
            Prerelease = release.Prerelease,
        },
        HtmlUrl = release.HtmlUrl,
        CreatedAt = release.CreatedAt,
        PublishedAt = release.PublishedAt,
        Assets = [.. (release.Assets ?? []).Select(ToAsset)],
        UploadUrl = release.UploadUrl,
    };

    private static GitHubReleaseAsset ToAsset(ReleaseAsset asset) => new()
    {
        Id = asset.Id,
        Name = asset.Name,
        Label = asset.Label,
        ContentType = asset.ContentType,
        Size = asset.Size,
        State = asset.State,
        BrowserDownloadUrl = asset.BrowserDownloadUrl,
    };
}
