namespace Slipway.Components.Prerelease;

/// <summary>
/// Whether an existing release of a pre-release's tag may be updated: only when Slipway created it for the same branch
/// and commit. Two branches whose names give one slug (<c>feature/x</c> and <c>feature-x</c>) would share a tag at one
/// commit; the second is refused rather than overwriting the first.
/// </summary>
internal static class PrereleaseOwnership
{
    /// <exception cref="InvalidOperationException">The release is not Slipway's, is no longer a pre-release, or belongs to another branch or commit.</exception>
    public static void Ensure(HostedPrerelease existing, PrereleaseRequest request, string where)
    {
        var tag = request.Tag;
        var problem = existing.Marker switch
        {
            null => $"A release tagged {tag} exists in {where}, but Slipway did not create it (its notes carry no slipway-prerelease marker), so it is left alone. Delete it, or rename the branch.",
            _ when !existing.IsPrerelease => $"The release tagged {tag} in {where} was made a full release, so it is left alone. Delete it to publish this pre-release again.",
            { } marker when !string.Equals(marker.Branch, request.Marker.Branch, StringComparison.Ordinal) =>
                $"Branches '{marker.Branch}' and '{request.Marker.Branch}' both become the tag {tag}: the pre-release of '{marker.Branch}' in {where} is not overwritten. Rename one of the branches.",
            { } marker when !string.Equals(marker.Commit, request.Marker.Commit, StringComparison.OrdinalIgnoreCase) =>
                $"The pre-release {tag} in {where} was built from commit {marker.Commit}, which shares its first 8 characters with {request.Marker.Commit}; it is not overwritten. Delete it to publish this commit.",
            _ => null,
        };
        if (problem is not null)
        {
            throw new InvalidOperationException(problem + " Nothing was published.");
        }
    }
}
