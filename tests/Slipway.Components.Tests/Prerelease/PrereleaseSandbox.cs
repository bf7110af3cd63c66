using Slipway.Clients.Tests.GoReleaser;
using Slipway.Clients.Tests.TestDoubles;

namespace Slipway.Components.Tests.Prerelease;

/// <summary>
/// A build root holding a dist/ written in GoReleaser's formats (no GoReleaser run), the GitHub and GitLab API TEST
/// DOUBLES, and in-process runs of <see cref="PrereleaseBuild"/> as a CI job would start them.
/// </summary>
internal sealed class PrereleaseSandbox : IAsyncDisposable
{
    public const string Sha = "a1b2c3d4e5f60718293a4b5c6d7e8f9012345678";
    public const string GitHubToken = "ghp_prereleasetoken123";

    private readonly TempDirectory _root = TempDirectory.ForBuild("slipway-prerelease");

    public GitHubReleasesApiDouble GitHub { get; } = new(token: GitHubToken) { MaxPerPage = 2 };

    public GitLabReleasesApiDouble GitLab { get; } = new() { MaxPerPage = 2 };

    public string Root => _root.Path;

    public string Dist => _root.Combine("dist");

    /// <summary>Writes dist/ as a full snapshot of <paramref name="version"/> (six archives and a checksums file).</summary>
    public void WriteDist(string version = "feature-new-auth-a1b2c3d4") => DistFixture.Write(Root, new DistSpec { Version = version, Commit = Sha });

    /// <summary>A GitHub Actions push job of <paramref name="branch"/> at <paramref name="sha"/>.</summary>
    public Dictionary<string, string> GitHubJob(string branch = "feature/new-auth", string sha = Sha, string? token = GitHubToken) => Set(new()
    {
        ["GITHUB_ACTIONS"] = "true",
        ["GITHUB_EVENT_NAME"] = "push",
        ["GITHUB_REF"] = "refs/heads/" + branch,
        ["GITHUB_REF_NAME"] = branch,
        ["GITHUB_REF_TYPE"] = "branch",
        ["GITHUB_SHA"] = sha,
        ["GITHUB_REPOSITORY"] = GitHub.Repository,
        ["GITHUB_SERVER_URL"] = "https://github.com",
        ["GITHUB_RUN_ID"] = "4242",
        ["GITHUB_API_URL"] = GitHub.BaseUrl.AbsoluteUri,
        ["GITHUB_TOKEN"] = token ?? "",
    });

    /// <summary>A GitLab branch pipeline job of <paramref name="branch"/> at <paramref name="sha"/>, with its job token and optionally GITLAB_TOKEN.</summary>
    public Dictionary<string, string> GitLabJob(string branch = "feature/new-auth", string sha = Sha, string? privateToken = null) => Set(new()
    {
        ["GITLAB_CI"] = "true",
        ["CI_PIPELINE_SOURCE"] = "push",
        ["CI_COMMIT_BRANCH"] = branch,
        ["CI_COMMIT_REF_NAME"] = branch,
        ["CI_COMMIT_SHA"] = sha,
        ["CI_PROJECT_PATH"] = GitLab.ProjectPath,
        ["CI_PIPELINE_URL"] = "https://gitlab.example.com/group/app/-/pipelines/77",
        ["CI_API_V4_URL"] = GitLab.ApiUrl.AbsoluteUri,
        ["CI_JOB_TOKEN"] = GitLab.JobToken,
        ["GITLAB_TOKEN"] = privateToken ?? "",
    });

    /// <summary>Runs the build as <c>./build.sh args</c> would in this root.</summary>
    public async Task<(int Exit, string Output)> RunAsync(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        using var output = new StringWriter();
        var exit = await new BuildRunner(output, environment, Root).RunAsync(new PrereleaseBuild(), args);
        return (exit, output.ToString());
    }

    public async ValueTask DisposeAsync()
    {
        await GitHub.DisposeAsync();
        await GitLab.DisposeAsync();
        _root.Dispose();
    }

    // Empty values stand for "not set", as a CI system leaves a variable out.
    private static Dictionary<string, string> Set(Dictionary<string, string> values) =>
        values.Where(v => v.Value.Length > 0).ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal);
}
