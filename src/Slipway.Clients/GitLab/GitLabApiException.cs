using System.Net;
using Slipway.Clients.Http;

namespace Slipway.Clients.GitLab;

/// <summary>A GitLab REST call failed; the message says what was asked, what GitLab answered and what to do.</summary>
public sealed class GitLabApiException : RestApiException
{
    /// <summary>Creates the exception.</summary>
    public GitLabApiException(string message, HttpStatusCode? statusCode = null, DateTimeOffset? rateLimitReset = null, Exception? inner = null)
        : base(message, statusCode, rateLimitReset, inner)
    {
    }
}
