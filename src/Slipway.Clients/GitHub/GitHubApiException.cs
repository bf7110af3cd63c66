using System.Net;

namespace Slipway.Clients.GitHub;

/// <summary>A GitHub REST call failed; the message says what was asked, what GitHub answered and what to do.</summary>
public sealed class GitHubApiException : Exception
{
    /// <summary>Creates the exception.</summary>
    public GitHubApiException(string message, HttpStatusCode? statusCode = null, DateTimeOffset? rateLimitReset = null, Exception? inner = null)
        : base(message, inner)
    {
        StatusCode = statusCode;
        RateLimitReset = rateLimitReset;
    }

    /// <summary>Creates the exception.</summary>
    public GitHubApiException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public GitHubApiException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public GitHubApiException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>HTTP status of the failed answer, when there was one.</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>When an exhausted rate limit resets, for rate-limit failures.</summary>
    public DateTimeOffset? RateLimitReset { get; }
}
