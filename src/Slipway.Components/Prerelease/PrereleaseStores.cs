using Slipway.Clients.GitHub;
using Slipway.Clients.GitLab;
using Slipway.Clients.Http;
using Slipway.Components.Timing;

namespace Slipway.Components.Prerelease;

/// <summary>Opens the <see cref="IPrereleaseStore"/> of the build's repository, with its API address, token and retries.</summary>
internal static class PrereleaseStores
{
    /// <exception cref="BuildConfigurationException">The repository cannot be told (the targets' requirements say so earlier).</exception>
    public static IPrereleaseStore Open(IPrereleaseSettings build)
    {
        var repository = build.ResolvePrereleaseRepository(out var problem) ?? throw new BuildConfigurationException($"Pre-releases need {problem}.");
        var log = build.Context.Log;
        var retry = build.PrereleaseRetry with { OnRetry = (attempt, delay, what) => log.Warning("{What}: attempt {Attempt} in {Delay:0.#} s", what, attempt, delay.TotalSeconds) };
        if (repository.System == CiSystem.GitHub)
        {
            var (owner, repo) = repository.GitHubParts;
            return new GitHubPrereleaseStore(new GitHubReleasesClient(build.GitHubApiOptions(retry)), owner, repo, retry, build.PrereleaseClock, log);
        }

        var http = new HttpClient(new RetryHandler(retry, new SocketsHttpHandler())) { Timeout = Timeout.InfiniteTimeSpan };
        var client = new GitLabReleasesClient(http, build.GitLabApiOptions(jobTokenAllowed: true, retry.MaxDelay), build.PrereleaseClock);
        return new GitLabPrereleaseStore(client, http, repository.Name, build.PrereleasePackage, log);
    }
}
