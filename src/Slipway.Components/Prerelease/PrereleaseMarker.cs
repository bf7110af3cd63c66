using System.Text.RegularExpressions;

namespace Slipway.Components.Prerelease;

/// <summary>
/// The line Slipway writes into the notes of every pre-release it publishes,
/// <c>&lt;!-- slipway-prerelease branch=feature%2Fnew-auth commit=&lt;sha&gt; --&gt;</c>: an HTML comment, so the release page
/// does not show it. Pruning touches only releases that carry it, and groups them by the branch it names (the branch
/// itself, not its slug, so two branches with one slug are told apart). The branch is percent-encoded: git allows
/// <c>&gt;</c> and <c>-</c> in branch names, which could otherwise end the comment.
/// </summary>
/// <param name="Branch">The branch the pre-release was built from.</param>
/// <param name="Commit">The full commit it was built from.</param>
public sealed partial record PrereleaseMarker(string Branch, string Commit)
{
    /// <summary>The marker as written into release notes.</summary>
    public string Render() => $"<!-- slipway-prerelease branch={Uri.EscapeDataString(Branch)} commit={Commit} -->";

    /// <summary>The marker in <paramref name="notes"/>; null when they carry none (a release Slipway did not create).</summary>
    public static PrereleaseMarker? Find(string? notes)
    {
        if (notes is null || Pattern().Match(notes) is not { Success: true } match)
        {
            return null;
        }

        try
        {
            return new PrereleaseMarker(Uri.UnescapeDataString(match.Groups["branch"].Value), match.Groups["commit"].Value);
        }
        catch (UriFormatException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"<!-- slipway-prerelease branch=(?<branch>[^\s>]+) commit=(?<commit>[0-9a-fA-F]{7,64}) -->", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Pattern();
}
