using Slipway.Hosts;

namespace Slipway.Components.Release;

/// <summary>
/// The snapshot version of a build: a tag keeps its version (<c>v1.2.3</c> gives <c>1.2.3</c>, as GoReleaser strips the
/// <c>v</c>); a branch gives its slug and the first 8 characters of the commit, e.g. <c>main-a1b2c3d4</c>.
/// </summary>
public static class SnapshotVersions
{
    private const int MaxSlugLength = 63;

    /// <summary>The version for <paramref name="host"/>'s tag or branch and commit; null when the commit is unknown.</summary>
    public static string? For(Host host)
    {
        ArgumentNullException.ThrowIfNull(host);
        if (host.Tag is { Length: > 0 } tag)
        {
            return tag.StartsWith('v') && tag.Length > 1 && char.IsAsciiDigit(tag[1]) ? tag[1..] : tag;
        }

        return host.Commit is { Length: >= 8 } commit ? ForBranch(host.Branch ?? "detached", commit) : null;
    }

    /// <summary>
    /// The version of <paramref name="branch"/> at <paramref name="commit"/>: its slug and the commit's first 8 characters,
    /// e.g. <c>feature-new-auth-a1b2c3d4</c>. Also the tag of the branch's pre-release.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="commit"/> is shorter than 8 characters.</exception>
    public static string ForBranch(string branch, string commit)
    {
        ArgumentNullException.ThrowIfNull(branch);
        ArgumentNullException.ThrowIfNull(commit);
        if (commit.Length < 8)
        {
            throw new ArgumentException($"A commit of at least 8 characters is needed, got '{commit}'.", nameof(commit));
        }

        return $"{Slug(branch)}-{commit[..8].ToLowerInvariant()}";
    }

    /// <summary>A ref as GitLab's <c>CI_COMMIT_REF_SLUG</c> shapes it: lowercase, a-z and 0-9 kept, the rest <c>-</c>, at most 63 characters, no <c>-</c> at the ends.</summary>
    public static string Slug(string reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var slug = new string([.. reference.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]);
        slug = slug[..Math.Min(slug.Length, MaxSlugLength)].Trim('-');
        return slug.Length == 0 ? "ref" : slug;
    }

    /// <summary>True for a pull request (GitHub) or merge request (GitLab) pipeline.</summary>
    public static bool IsPullRequest(IReadOnlyDictionary<string, string> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        string Get(string name) => environment.GetValueOrDefault(name) ?? "";
        return Get("GITHUB_EVENT_NAME") is "pull_request" or "pull_request_target"
            || string.Equals(Get("CI_PIPELINE_SOURCE"), "merge_request_event", StringComparison.Ordinal)
            || Get("CI_MERGE_REQUEST_IID").Length > 0;
    }
}
