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
        var remaining = Header(response, "x-ratelimit-remaining") ?? Header(response, "RateLimit-Remaining");
        var reset = Header(response, "x-ratelimit-reset") ?? Header(response, "RateLimit-Reset");
        return new RateLimitState(
            int.TryParse(remaining, NumberStyles.Integer, CultureInfo.InvariantCulture, out var r) ? r : null,
            long.TryParse(reset, NumberStyles.Integer, CultureInfo.InvariantCulture, out var s) ? DateTimeOffset.FromUnixTimeSeconds(s) : null);
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault()?.Trim() : null;
}
