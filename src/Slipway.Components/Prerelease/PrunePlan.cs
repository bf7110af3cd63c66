using System.Globalization;

namespace Slipway.Components.Prerelease;

/// <summary>
/// Which of Slipway's pre-releases to delete: all of a branch that no longer exists; otherwise those beyond the newest
/// <c>keep</c> of their branch and those older than <c>maxAge</c>. Releases Slipway did not create are never considered.
/// </summary>
internal static class PrunePlan
{
    public static IReadOnlyList<PruneDecision> Decide(IEnumerable<HostedPrerelease> releases, IReadOnlySet<string> branches, int keep, TimeSpan maxAge, DateTimeOffset now)
    {
        var decisions = new List<PruneDecision>();
        foreach (var branch in releases.Where(r => r.IsSlipways).GroupBy(r => r.Marker!.Branch, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var newestFirst = branch.OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Tag, StringComparer.Ordinal).ToList();
            for (var rank = 0; rank < newestFirst.Count; rank++)
            {
                var release = newestFirst[rank];
                var age = now - release.CreatedAt;
                var reason = !branches.Contains(branch.Key) ? $"branch '{branch.Key}' no longer exists"
                    : rank >= keep ? $"{keep} newer pre-release(s) of '{branch.Key}' are kept"
                    : age > maxAge ? $"{Days(age)} days old, over the {Days(maxAge)}-day limit"
                    : null;
                if (reason is not null)
                {
                    decisions.Add(new PruneDecision(release, reason));
                }
            }
        }

        return decisions;
    }

    private static string Days(TimeSpan span) => span.TotalDays.ToString("0.#", CultureInfo.InvariantCulture);
}
