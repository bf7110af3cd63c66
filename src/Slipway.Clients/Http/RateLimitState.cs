using System.Globalization;

namespace Slipway.Clients.Http;

/// <summary>
/// Rate-limit state of a response, from GitHub's <c>x-ratelimit-remaining</c>/<c>x-ratelimit-reset</c> or GitLab's
/// <c>RateLimit-Remaining</c>/<c>RateLimit-Reset</c> headers (reset as Unix seconds).
/// </summary>
/// <param name="Remaining">Requests left in the window; null when the server did not say.</param>
/// <param name="Reset">When the window resets; null when the server did not say.</param>
public sealed record RateLimitState(int? Remaining, DateTimeOffset? Reset)
{
    /// <summary>True when the server reports no requests left.</summary>
    public bool Exhausted => Remaining == 0;

    /// <summary>Reads the headers of <paramref name="response"/>.</summary>
    public static RateLimitState From(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return From(name => response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null);
    }

    /// <summary>Reads response headers given as a name-to-value map (as Octokit hands them over), names matched ignoring case.</summary>
    public static RateLimitState From(IReadOnlyDictionary<string, string> headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        return From(name => headers.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value);
    }

    private static RateLimitState From(Func<string, string?> header)
    {
        var remaining = (header("x-ratelimit-remaining") ?? header("RateLimit-Remaining"))?.Trim();
        var reset = (header("x-ratelimit-reset") ?? header("RateLimit-Reset"))?.Trim();
        return new RateLimitState(
            int.TryParse(remaining, NumberStyles.Integer, CultureInfo.InvariantCulture, out var r) ? r : null,
            long.TryParse(reset, NumberStyles.Integer, CultureInfo.InvariantCulture, out var s) ? DateTimeOffset.FromUnixTimeSeconds(s) : null);
    }
}
