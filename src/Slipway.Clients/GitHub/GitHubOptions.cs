using Slipway.Clients.Http;

namespace Slipway.Clients.GitHub;

/// <summary>Where the GitHub REST API is and how to authenticate to it.</summary>
public sealed record GitHubOptions
{
    /// <summary>API root; <c>https://api.github.com</c>, or <c>https://HOST/api/v3</c> on GitHub Enterprise Server (used as given).</summary>
    public Uri ApiUrl { get; init; } = new("https://api.github.com/");

    /// <summary>Token sent as <c>Authorization: Bearer</c>; anonymous (60 requests/h) when null.</summary>
    public string? Token { get; init; }

    /// <summary>The environment variable the token comes from, named in error messages.</summary>
    public string TokenVariable { get; init; } = "GITHUB_TOKEN";

    /// <summary>
    /// Retries of 5xx, connection failures and rate limits; <see cref="RetryOptions.MaxDelay"/> is the longest wait for a
    /// <c>Retry-After</c> or an exhausted rate limit's reset (default one minute) before failing instead.
    /// </summary>
    public RetryOptions Retry { get; init; } = RetryOptions.Default with { MaxDelay = TimeSpan.FromMinutes(1) };

    /// <summary>The product named first in the <c>User-Agent</c> GitHub requires on every request (Octokit appends its own).</summary>
    public string UserAgent { get; init; } = "Slipway";

    /// <summary>Reads <c>GITHUB_API_URL</c> and <c>GITHUB_TOKEN</c> (or <c>GH_TOKEN</c>).</summary>
    /// <param name="getVariable">Environment lookup; <see cref="Environment.GetEnvironmentVariable(string)"/> when null.</param>
    public static GitHubOptions FromEnvironment(Func<string, string?>? getVariable = null)
    {
        getVariable ??= Environment.GetEnvironmentVariable;
        var options = new GitHubOptions();
        if (getVariable("GITHUB_API_URL") is { Length: > 0 } url)
        {
            options = options with { ApiUrl = new Uri(url, UriKind.Absolute) };
        }

        foreach (var name in new[] { "GITHUB_TOKEN", "GH_TOKEN" })
        {
            if (getVariable(name) is { Length: > 0 } token)
            {
                return options with { Token = token, TokenVariable = name };
            }
        }

        return options;
    }
}
