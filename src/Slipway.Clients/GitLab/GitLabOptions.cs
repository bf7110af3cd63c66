namespace Slipway.Clients.GitLab;

/// <summary>Where the GitLab REST API (v4) is and how to authenticate to it: one of three token kinds.</summary>
public sealed record GitLabOptions
{
    /// <summary>API root ending in <c>/api/v4</c> (<c>CI_API_V4_URL</c> in a job).</summary>
    public Uri ApiUrl { get; init; } = new("https://gitlab.com/api/v4/");

    /// <summary>Personal, project or group access token, sent as <c>PRIVATE-TOKEN</c>.</summary>
    public string? PrivateToken { get; init; }

    /// <summary>A job's <c>CI_JOB_TOKEN</c>, sent as <c>JOB-TOKEN</c> (reaches fewer endpoints than an access token).</summary>
    public string? JobToken { get; init; }

    /// <summary>OAuth token, sent as <c>Authorization: Bearer</c>.</summary>
    public string? BearerToken { get; init; }

    /// <summary>The environment variable the token comes from, named in error messages.</summary>
    public string TokenVariable { get; init; } = "GITLAB_TOKEN";

    /// <summary>Longest wait for an exhausted rate limit to reset before failing instead.</summary>
    public TimeSpan MaxRateLimitWait { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>True when any token is set.</summary>
    public bool HasToken => PrivateToken is not null || JobToken is not null || BearerToken is not null;

    /// <summary>Reads <c>CI_API_V4_URL</c>, then <c>GITLAB_TOKEN</c> (private token) or else <c>CI_JOB_TOKEN</c>.</summary>
    /// <param name="getVariable">Environment lookup; <see cref="Environment.GetEnvironmentVariable(string)"/> when null.</param>
    public static GitLabOptions FromEnvironment(Func<string, string?>? getVariable = null)
    {
        getVariable ??= Environment.GetEnvironmentVariable;
        var options = new GitLabOptions();
        if (getVariable("CI_API_V4_URL") is { Length: > 0 } url)
        {
            options = options with { ApiUrl = new Uri(url, UriKind.Absolute) };
        }

        if (getVariable("GITLAB_TOKEN") is { Length: > 0 } token)
        {
            return options with { PrivateToken = token };
        }

        return getVariable("CI_JOB_TOKEN") is { Length: > 0 } jobToken ? options with { JobToken = jobToken, TokenVariable = "CI_JOB_TOKEN" } : options;
    }
}
