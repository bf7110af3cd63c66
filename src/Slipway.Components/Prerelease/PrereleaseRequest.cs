namespace Slipway.Components.Prerelease;

/// <summary>One pre-release to publish: its tag and title, where it was built from, its notes and its files.</summary>
/// <param name="Tag">The tag, <c>&lt;branch-slug&gt;-&lt;sha8&gt;</c>, also the title.</param>
/// <param name="Marker">Branch and full commit.</param>
/// <param name="Notes">The release notes, marker included.</param>
/// <param name="Files">The archives, then the checksums file.</param>
internal sealed record PrereleaseRequest(string Tag, PrereleaseMarker Marker, string Notes, IReadOnlyList<PrereleaseFile> Files);
