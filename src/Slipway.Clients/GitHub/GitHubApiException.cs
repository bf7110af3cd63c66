using System.Net;
using Slipway.Clients.Http;

namespace Slipway.Clients.GitHub;

/// <summary>A GitHub REST call failed; the message says what was asked, what GitHub answered and what to do.</summary>
public sealed class GitHubApiException : RestApiException
{
    /// <summary>Creates the exception.</summary>
    public GitHubApiException(string message, HttpStatusCode? statusCode = null, DateTimeOffset? rateLimitReset = null, Exception? inner = null)
        : base(message, statusCode, rateLimitReset, inner)
    {
    }
}
