namespace Slipway.Clients.GitHub;

/// <summary>What a release created or updated by <see cref="GitHubReleasesClient"/> should be.</summary>
public sealed record GitHubReleaseSpec
{
    /// <summary>The tag; created from <see cref="TargetCommitish"/> on publication when it does not exist.</summary>
    public required string TagName { get; init; }

    /// <summary>Title; the tag when null.</summary>
    public string? Name { get; init; }

    /// <summary>Release notes (Markdown).</summary>
    public string? Body { get; init; }

    /// <summary>Branch or commit for a new tag; the default branch when null.</summary>
    public string? TargetCommitish { get; init; }

    /// <summary>Keep it unpublished.</summary>
    public bool Draft { get; init; }

    /// <summary>Mark it as a pre-release (never "latest").</summary>
    public bool Prerelease { get; init; }

    /// <summary>
    /// Sent as <c>make_latest</c> (<c>true</c>/<c>false</c>) on create and update; null leaves it to GitHub (latest by
    /// date and version). GitHub answers without it, so releases it returns have null here.
    /// </summary>
    public bool? MakeLatest { get; init; }
}
