using System.Net;

namespace Slipway.Clients.Http;

/// <summary>What went wrong with one REST call, for a client to turn into its own exception and message.</summary>
/// <param name="Method">The request method.</param>
/// <param name="Url">The address asked.</param>
/// <param name="Status">HTTP status; null when the answer was not the JSON expected.</param>
/// <param name="ServerMessage">The server's <c>message</c>/<c>error</c> text, or the reason the body was unreadable.</param>
/// <param name="RateLimit">Rate-limit headers of the answer.</param>
/// <param name="RateLimited">True when the answer was a rate-limit refusal (403/429 with no requests left or a Retry-After).</param>
internal sealed record ApiFailure(HttpMethod Method, Uri Url, HttpStatusCode? Status, string? ServerMessage, RateLimitState RateLimit, bool RateLimited);
