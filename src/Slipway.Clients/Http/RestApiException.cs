using System.Net;

namespace Slipway.Clients.Http;

/// <summary>A REST call failed; the message says what was asked, what the service answered and what to do.</summary>
public abstract class RestApiException : Exception
{
    /// <summary>Creates the exception.</summary>
    protected RestApiException(string message, HttpStatusCode? statusCode, DateTimeOffset? rateLimitReset, Exception? inner)
        : base(message, inner)
    {
        StatusCode = statusCode;
        RateLimitReset = rateLimitReset;
    }

    /// <summary>HTTP status of the failed answer, when there was one.</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>When an exhausted rate limit resets, for rate-limit failures.</summary>
    public DateTimeOffset? RateLimitReset { get; }
}
