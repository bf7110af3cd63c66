namespace Slipway.Components.Prerelease;

/// <summary>What publishing changed: nothing at all on a rerun for the same commit.</summary>
/// <param name="Created">The release was created by this run.</param>
/// <param name="Updated">An existing release's title or notes were changed, or it was published from a draft.</param>
/// <param name="Uploaded">Files uploaded.</param>
/// <param name="Kept">Files already present and complete, not uploaded again.</param>
/// <param name="Url">Web page of the release, when the system says.</param>
internal sealed record PublishOutcome(bool Created, bool Updated, int Uploaded, int Kept, string? Url)
{
    /// <summary>True when the run wrote nothing.</summary>
    public bool Unchanged => !Created && !Updated && Uploaded == 0;
}
