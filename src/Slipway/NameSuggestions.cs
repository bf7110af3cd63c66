namespace Slipway;

/// <summary>"Did you mean" suggestions for unknown target and parameter names (edit distance, ignoring case).</summary>
public static class NameSuggestions
{
    /// <summary>Formats " Did you mean X or Y?" for the closest candidates, or a list of valid names when none is close.</summary>
    public static string For(string unknown, IEnumerable<string> candidates)
    {
        var all = candidates.ToList();
        var close = all
            .Select(c => (Name: c, Distance: Distance(Normalize(unknown), Normalize(c))))
            .Where(c => c.Distance <= Math.Max(2, unknown.Length / 3) || Normalize(c.Name).Contains(Normalize(unknown), StringComparison.Ordinal))
            .OrderBy(c => c.Distance).ThenBy(c => c.Name, StringComparer.Ordinal)
            .Take(3)
            .Select(c => c.Name)
            .ToList();
        return close.Count > 0
            ? $" Did you mean {string.Join(" or ", close)}?"
            : $" Valid names: {string.Join(", ", all.Order(StringComparer.Ordinal))}.";
    }

    private static string Normalize(string name) =>
        new([.. name.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);

    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
