namespace Slipway.Clients.Http;

/// <summary>Reads RFC 8288 <c>Link</c> headers, as GitHub and GitLab use them for pagination.</summary>
public static class LinkHeader
{
    /// <summary>The target of the <c>rel="next"</c> link of <paramref name="response"/>, or null on the last page.</summary>
    public static Uri? Next(HttpResponseMessage response)
    {
        if (!response.Headers.TryGetValues("Link", out var values))
        {
            return null;
        }

        foreach (var link in values.SelectMany(v => v.Split(',')))
        {
            var parts = link.Split(';', StringSplitOptions.TrimEntries);
            if (parts.Length > 1 && parts[0].StartsWith('<') && parts[0].EndsWith('>')
                && parts.Skip(1).Any(p => p.Replace(" ", "", StringComparison.Ordinal) is "rel=\"next\"" or "rel=next"))
            {
                return new Uri(parts[0][1..^1], UriKind.Absolute);
            }
        }

        return null;
    }
}
