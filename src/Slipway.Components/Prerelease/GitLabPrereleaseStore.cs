using System.Globalization;
using System.Net;
using Serilog;
using Slipway.Clients.GitLab;

namespace Slipway.Components.Prerelease;

/// <summary>
/// Pre-releases as GitLab releases whose files live in the project's generic package registry, as package
/// <c>packageName</c> at the version of the tag. Files are uploaded first (kept when one of that name and SHA-256 is
/// there), then the release is created with links to them, which creates the tag at the commit; GitLab has no
/// pre-release flag, so the marker alone says the release is Slipway's.
/// </summary>
internal sealed class GitLabPrereleaseStore(GitLabReleasesClient client, HttpClient http, string project, string packageName, ILogger log) : IPrereleaseStore
{
    /// <summary>The numeric project id once <see cref="CheckRepositoryAsync"/> read it; package addresses in links use it, as they outlive renames.</summary>
    private string? _id;

    private string ProjectId => _id ?? project;

    public string Where => $"{project} on GitLab";

    public async Task CheckRepositoryAsync(CancellationToken cancellationToken) =>
        _id = (await client.GetProjectAsync(project, cancellationToken)).Id.ToString(CultureInfo.InvariantCulture);

    public async Task<HostedPrerelease?> FindAsync(string tag, CancellationToken cancellationToken) =>
        await client.GetReleaseAsync(ProjectId, tag, cancellationToken) is { } release ? ToHosted(release) : null;

    public async Task<PublishOutcome> PublishAsync(PrereleaseRequest request, HostedPrerelease? existing, CancellationToken cancellationToken)
    {
        var tag = request.Tag;
        var package = await client.FindPackageAsync(ProjectId, packageName, tag, cancellationToken);
        var present = package is null ? [] : await client.ListPackageFilesAsync(ProjectId, package.Id, cancellationToken);
        var (uploaded, kept) = (0, 0);
        foreach (var file in request.Files)
        {
            if (present.Any(p => string.Equals(p.FileName, file.Name, StringComparison.Ordinal) && string.Equals(p.FileSha256, file.Sha256, StringComparison.OrdinalIgnoreCase)))
            {
                kept++;
                continue;
            }

            await client.UploadPackageFileAsync(ProjectId, packageName, tag, file.Name, await File.ReadAllBytesAsync(file.Path, cancellationToken), cancellationToken);
            log.Information("Uploaded {Name} ({Size} bytes) to package {Package} {Version}", file.Name, file.Size, packageName, tag);
            uploaded++;
        }

        var links = request.Files.Select(f => new GitLabReleaseLinkSpec(f.Name, client.PackageFileUrl(ProjectId, packageName, tag, f.Name).AbsoluteUri, "package", "/" + f.Name)).ToList();
        var created = false;
        if (existing is null)
        {
            try
            {
                await client.CreateReleaseAsync(ProjectId, new GitLabReleaseSpec { TagName = tag, Ref = request.Marker.Commit, Name = tag, Description = request.Notes, Links = links }, cancellationToken);
                log.Information("Created release {Tag} in {Where} with {Links} links", tag, Where, links.Count);
                return new PublishOutcome(Created: true, Updated: false, uploaded, kept, null);
            }
            catch (GitLabApiException ex) when (ex.StatusCode == HttpStatusCode.Conflict)
            {
                // Another run of the same commit may have created it between our look-up and our create.
                if (await FindAsync(tag, cancellationToken) is not { } raced)
                {
                    throw;
                }

                PrereleaseOwnership.Ensure(raced, request, Where);
            }
        }

        var updated = false;
        var release = (await client.GetReleaseAsync(ProjectId, tag, cancellationToken))!;
        if (!string.Equals(release.Name, tag, StringComparison.Ordinal) || !string.Equals(release.Description, request.Notes, StringComparison.Ordinal))
        {
            await client.UpdateReleaseAsync(ProjectId, tag, tag, request.Notes, cancellationToken);
            updated = true;
        }

        var linked = (await client.ListReleaseLinksAsync(ProjectId, tag, cancellationToken)).Select(l => l.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var link in links.Where(l => !linked.Contains(l.Name)))
        {
            await client.CreateReleaseLinkAsync(ProjectId, tag, link, cancellationToken);
            updated = true;
        }

        return new PublishOutcome(created, updated, uploaded, kept, null);
    }

    public async Task<IReadOnlyList<HostedPrerelease>> ListAsync(CancellationToken cancellationToken) =>
        [.. (await client.ListReleasesAsync(ProjectId, cancellationToken: cancellationToken)).Select(ToHosted)];

    public async Task<IReadOnlySet<string>> ListBranchesAsync(CancellationToken cancellationToken) =>
        (await client.ListBranchesAsync(ProjectId, cancellationToken)).ToHashSet(StringComparer.Ordinal);

    public async Task<bool> DeleteAsync(HostedPrerelease release, CancellationToken cancellationToken)
    {
        // A missing release, tag or package means another run pruned it first.
        var deleted = await client.DeleteReleaseAsync(ProjectId, release.Tag, cancellationToken);
        deleted |= await client.DeleteTagAsync(ProjectId, release.Tag, cancellationToken);
        if (await client.FindPackageAsync(ProjectId, packageName, release.Tag, cancellationToken) is { } package)
        {
            deleted |= await client.DeletePackageAsync(ProjectId, package.Id, cancellationToken);
        }

        return deleted;
    }

    public void Dispose() => http.Dispose();

    private static HostedPrerelease ToHosted(GitLabRelease release) => new(release.TagName, release.Description, release.CreatedAt, IsPrerelease: true);
}
