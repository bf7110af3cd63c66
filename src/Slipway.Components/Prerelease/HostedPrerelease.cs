namespace Slipway.Components.Prerelease;

/// <summary>A release as the hosting system (GitHub, GitLab) has it, reduced to what publishing and pruning decide on.</summary>
/// <param name="Tag">Its tag.</param>
/// <param name="Notes">Its notes (GitHub body, GitLab description).</param>
/// <param name="CreatedAt">When it was created.</param>
/// <param name="IsPrerelease">GitHub's pre-release flag (a release promoted to a full one is left alone); always true on GitLab, which has none.</param>
/// <param name="Id">GitHub's release id; null on GitLab, where the tag is the key.</param>
internal sealed record HostedPrerelease(string Tag, string? Notes, DateTimeOffset CreatedAt, bool IsPrerelease, long? Id = null)
{
    /// <summary>Slipway's marker in the notes; null for a release Slipway did not create.</summary>
    public PrereleaseMarker? Marker { get; } = PrereleaseMarker.Find(Notes);

    /// <summary>True when Slipway created it and it is still a pre-release: the only releases pruning may delete.</summary>
    public bool IsSlipways => IsPrerelease && Marker is not null;
}
