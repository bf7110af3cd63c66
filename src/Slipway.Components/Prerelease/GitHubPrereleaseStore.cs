using System.Net;
using Serilog;
using Slipway.Clients.GitHub;
using Slipway.Clients.Http;

namespace Slipway.Components.Prerelease;

/// <summary>
/// Pre-releases as GitHub releases. A new one is created as a draft (no tag yet, invisible to users), its files are
/// uploaded, and only then is it published, which creates the tag at the commit: a failed run leaves a draft the next
/// run completes, never a visible release with missing files. Never marked latest.
/// </summary>
internal sealed class GitHubPrereleaseStore(GitHubReleasesClient client, string owner, string repo, RetryOptions retry, TimeProvider time, ILogger log) : IPrereleaseStore
{
    private const string Uploaded = "uploaded";

    /// <summary>Releases read by this store, by id: uploads need the address GitHub gave with them.</summary>
    private readonly Dictionary<long, GitHubRelease> _releases = [];

    public string Where => $"{owner}/{repo} on GitHub";

    public async Task CheckRepositoryAsync(CancellationToken cancellationToken) => await client.GetRepositoryAsync(owner, repo);

    public async Task<HostedPrerelease?> FindAsync(string tag, CancellationToken cancellationToken)
    {
        // GET releases/tags/{tag} finds published releases only; a draft an earlier run left is among the newest.
        var release = await client.GetReleaseByTagAsync(owner, repo, tag)
            ?? (await client.ListReleasesAsync(owner, repo, max: 100)).FirstOrDefault(r => r.Spec.Draft && string.Equals(r.TagName, tag, StringComparison.Ordinal));
        return release is null ? null : Remember(release);
    }

    public async Task<PublishOutcome> PublishAsync(PrereleaseRequest request, HostedPrerelease? existing, CancellationToken cancellationToken)
    {
        var wanted = new GitHubReleaseSpec
        {
            TagName = request.Tag,
            Name = request.Tag,
            Body = request.Notes,
            TargetCommitish = request.Marker.Commit,
            Draft = true,
            Prerelease = true,
            MakeLatest = false,
        };
        var created = false;
        var updated = false;
        GitHubRelease release;
        if (existing?.Id is { } id)
        {
            release = _releases[id];
        }
        else
        {
            try
            {
                release = await client.CreateReleaseAsync(owner, repo, wanted);
                created = true;
                log.Information("Created draft release {Tag} in {Where}", request.Tag, Where);
            }
            catch (GitHubApiException ex) when (ex.StatusCode == HttpStatusCode.UnprocessableEntity)
            {
                // Another run of the same commit may have created it between our look-up and our create.
                if (await FindAsync(request.Tag, cancellationToken) is not { } raced)
                {
                    throw;
                }

                PrereleaseOwnership.Ensure(raced, request, Where);
                release = _releases[raced.Id!.Value];
            }
        }

        if (!created && (!string.Equals(release.Spec.Name, wanted.Name, StringComparison.Ordinal) || !string.Equals(release.Spec.Body, wanted.Body, StringComparison.Ordinal) || !release.Spec.Prerelease))
        {
            release = await client.UpdateReleaseAsync(owner, repo, release.Id, release.Spec with { Name = wanted.Name, Body = wanted.Body, Prerelease = true, MakeLatest = false });
            updated = true;
        }

        var assets = created ? [] : await client.ListAssetsAsync(owner, repo, release.Id);
        var (uploaded, kept) = (0, 0);
        foreach (var file in request.Files)
        {
            var present = assets.FirstOrDefault(a => string.Equals(a.Name, file.Name, StringComparison.Ordinal));
            // The checksums file describes the archives: when one was replaced, so is it.
            if (present is { State: Uploaded } && present.Size == file.Size && !(file.IsChecksums && uploaded > 0))
            {
                kept++;
                continue;
            }

            if (present is not null)
            {
                await DeleteAssetAsync(present);
            }

            await UploadAsync(release, file, cancellationToken);
            uploaded++;
        }

        if (release.Spec.Draft)
        {
            release = await client.UpdateReleaseAsync(owner, repo, release.Id, release.Spec with { Draft = false, MakeLatest = false });
            updated |= !created;
            log.Information("Published {Tag}: tag created at {Commit}", request.Tag, request.Marker.Commit);
        }

        return new PublishOutcome(created, updated, uploaded, kept, release.HtmlUrl);
    }

    public async Task<IReadOnlyList<HostedPrerelease>> ListAsync(CancellationToken cancellationToken) =>
        [.. (await client.ListReleasesAsync(owner, repo)).Select(Remember)];

    public async Task<IReadOnlySet<string>> ListBranchesAsync(CancellationToken cancellationToken) =>
        (await client.ListBranchesAsync(owner, repo)).ToHashSet(StringComparer.Ordinal);

    public async Task<bool> DeleteAsync(HostedPrerelease release, CancellationToken cancellationToken)
    {
        var deleted = true;
        try
        {
            await client.DeleteReleaseAsync(owner, repo, release.Id!.Value);
        }
        catch (GitHubApiException ex) when (ex.StatusCode == HttpStatusCode.NotFound)
        {
            deleted = false; // another run pruned it first
        }

        return await client.DeleteTagAsync(owner, repo, release.Tag) || deleted;
    }

    public void Dispose() => client.Dispose();

    private HostedPrerelease Remember(GitHubRelease release)
    {
        _releases[release.Id] = release;
        return new HostedPrerelease(release.TagName, release.Spec.Body, release.CreatedAt, release.Spec.Prerelease, release.Id);
    }

    private async Task DeleteAssetAsync(GitHubReleaseAsset asset)
    {
        try
        {
            await client.DeleteAssetAsync(owner, repo, asset.Id);
            log.Information("Removed {State} asset {Name} ({Size} bytes) to upload it again", asset.State, asset.Name, asset.Size);
        }
        catch (GitHubApiException ex) when (ex.StatusCode == HttpStatusCode.NotFound)
        {
            // Already gone.
        }
    }

    /// <summary>
    /// Uploads one file, retrying what may pass (5xx, a dropped connection, a rate limit that resets within the longest
    /// wait): an upload streams its body, so the HTTP retry handler below cannot replay it. A failed attempt can leave a
    /// partial asset of that name, which would refuse the next with 422: it is removed first, or kept when it is complete.
    /// </summary>
    private async Task UploadAsync(GitHubRelease release, PrereleaseFile file, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var content = File.OpenRead(file.Path);
                await client.UploadAssetAsync(release, file.Name, file.ContentType, content, cancellationToken);
                log.Information("Uploaded {Name} ({Size} bytes)", file.Name, file.Size);
                return;
            }
            catch (Exception ex) when (attempt <= retry.MaxRetries && RetryDelay(ex, attempt) is { } delay && !cancellationToken.IsCancellationRequested)
            {
                log.Warning("Upload of {Name} failed ({Reason}); attempt {Next} of {Attempts} in {Delay:0.#} s", file.Name, ex.Message, attempt + 1, retry.MaxRetries + 1, delay.TotalSeconds);
                await Task.Delay(delay, time, cancellationToken);
                var leftover = (await client.ListAssetsAsync(owner, repo, release.Id)).FirstOrDefault(a => string.Equals(a.Name, file.Name, StringComparison.Ordinal));
                if (leftover is { State: Uploaded } && leftover.Size == file.Size)
                {
                    log.Information("{Name} arrived despite the error; not uploaded again", file.Name);
                    return;
                }

                if (leftover is not null)
                {
                    await DeleteAssetAsync(leftover);
                }
            }
        }
    }

    private TimeSpan? RetryDelay(Exception failure, int attempt)
    {
        var backoff = TimeSpan.FromTicks(Math.Min(retry.MaxDelay.Ticks, retry.BaseDelay.Ticks * (1L << Math.Min(attempt - 1, 20))));
        return failure switch
        {
            GitHubApiException { RateLimitReset: { } reset } => reset - time.GetUtcNow() is var wait && wait <= retry.MaxDelay ? (wait > TimeSpan.Zero ? wait : backoff) : null,
            GitHubApiException { StatusCode: >= HttpStatusCode.InternalServerError } => backoff,
            GitHubApiException { StatusCode: HttpStatusCode.UnprocessableEntity } => backoff, // an asset of that name appeared: looked at before the retry
            HttpRequestException or IOException => backoff,
            TaskCanceledException => backoff, // Octokit's request timeout
            _ => null,
        };
    }
}
