namespace Slipway.Clients.GitHub;

/// <summary>Where the GitHub REST API is and how to authenticate to it.</summary>
public sealed record GitHubOptions
{
    /// <summary>API root; <c>https://api.github.com</c>, or <c>https://HOST/api/v3</c> on GitHub Enterprise Server.</summary>
    public Uri ApiUrl { get; init; } = new("https://api.github.com/");

    /// <summary>Token sent as <c>Authorization: Bearer</c>; anonymous (60 requests/h) when null.</summary>
    public string? Token { get; init; }

    /// <summary>The environment variable the token comes from, named in error messages.</summary>
    public string TokenVariable { get; init; } = "GITHUB_TOKEN";

    /// <summary>Longest wait for an exhausted rate limit to reset before failing instead.</summary>
    public TimeSpan MaxRateLimitWait { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>The <c>User-Agent</c> GitHub requires on every request.</summary>
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
