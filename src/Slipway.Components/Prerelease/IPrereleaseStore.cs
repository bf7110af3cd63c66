namespace Slipway.Components.Prerelease;

/// <summary>Where pre-releases live (GitHub releases, or GitLab releases with generic-package files): the calls publishing and pruning make.</summary>
internal interface IPrereleaseStore : IDisposable
{
    /// <summary>The repository and system, for messages: <c>octo-org/octo-repo on GitHub</c>.</summary>
    string Where { get; }

    /// <summary>Fails with a worded error when the repository does not exist or cannot be read, before anything is written.</summary>
    Task CheckRepositoryAsync(CancellationToken cancellationToken);

    /// <summary>The release of <paramref name="tag"/>, an unfinished (draft) one included; null when there is none.</summary>
    Task<HostedPrerelease?> FindAsync(string tag, CancellationToken cancellationToken);

    /// <summary>
    /// Creates or completes the release of <paramref name="request"/>: files first and the release visible last, so a
    /// failure leaves nothing half-published; files already present are kept.
    /// </summary>
    /// <param name="request">What to publish.</param>
    /// <param name="existing">The release <see cref="FindAsync"/> found, already checked to be Slipway's for this branch and commit.</param>
    /// <param name="cancellationToken">Cancels the requests.</param>
    Task<PublishOutcome> PublishAsync(PrereleaseRequest request, HostedPrerelease? existing, CancellationToken cancellationToken);

    /// <summary>Every release of the repository (all pages).</summary>
    Task<IReadOnlyList<HostedPrerelease>> ListAsync(CancellationToken cancellationToken);

    /// <summary>The names of the repository's branches (all pages).</summary>
    Task<IReadOnlySet<string>> ListBranchesAsync(CancellationToken cancellationToken);

    /// <summary>Deletes the release, its tag and its files; false when another run had deleted them already.</summary>
    Task<bool> DeleteAsync(HostedPrerelease release, CancellationToken cancellationToken);
}
