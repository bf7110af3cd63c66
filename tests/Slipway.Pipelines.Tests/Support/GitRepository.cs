namespace Slipway.Pipelines.Tests.Support;

/// <summary>A throw-away git repository on branch main with an origin ref, as gitlab-ci-local expects.</summary>
internal static class GitRepository
{
    public static async Task InitializeAsync(string directory)
    {
        // origin/main is a local ref: gitlab-ci-local diffs against it for rules:changes, nothing is fetched.
        string[][] commands =
        [
            ["init", "-q", "-b", "main"],
            ["config", "user.email", "tests@slipway.invalid"],
            ["config", "user.name", "Slipway tests"],
            ["add", "-A"],
            ["commit", "-q", "-m", "pipeline under test"],
            ["remote", "add", "origin", "https://gitlab.com/slipway/slipway.git"],
            ["update-ref", "refs/remotes/origin/main", "HEAD"],
            ["symbolic-ref", "refs/remotes/origin/HEAD", "refs/remotes/origin/main"],
        ];
        foreach (var arguments in commands)
        {
            var result = await ProcessRunner.RunAsync("git", directory, arguments, timeoutSeconds: 60);
            Assert.True(result.ExitCode == 0, $"git {string.Join(' ', arguments)} failed:\n{result.Output}");
        }
    }
}
