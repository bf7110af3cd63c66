using System.Net;

namespace Slipway.Clients.GitLab;

/// <summary>A GitLab REST call failed; the message says what was asked, what GitLab answered and what to do.</summary>
public sealed class GitLabApiException : Exception
{
    /// <summary>Creates the exception.</summary>
    public GitLabApiException(string message, HttpStatusCode? statusCode = null, DateTimeOffset? rateLimitReset = null, Exception? inner = null)
        : base(message, inner)
    {
        StatusCode = statusCode;
        RateLimitReset = rateLimitReset;
    }

    /// <summary>Creates the exception.</summary>
    public GitLabApiException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public GitLabApiException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public GitLabApiException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>HTTP status of the failed answer, when there was one.</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>When an exhausted rate limit resets, for rate-limit failures.</summary>
    public DateTimeOffset? RateLimitReset { get; }
}
