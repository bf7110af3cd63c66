using Slipway.Components.Tests.CiGeneration.Support;

namespace Slipway.Tool.Tests.Support;

/// <summary>The fixture repositories under Fixtures/, and copies of them to run init in.</summary>
internal static class FixtureRepository
{
    /// <summary>GitLab, an Alpine Dockerfile.ci lacking bash and .NET, mise pinning Go 1.25.5, .goreleaser.yml.</summary>
    public const string GitLabAlpine = "gitlab-alpine";

    /// <summary>GitHub, dockers + docker_manifests from Dockerfile.release, brews, release-please.</summary>
    public const string GitHubReleasePlease = "github-release-please";

    /// <summary>A go.work of three modules, tested by a matrix workflow.</summary>
    public const string GoWorkMonorepo = "go-work-monorepo";

    /// <summary>Only go.mod: no GoReleaser, no CI.</summary>
    public const string GoModOnly = "gomod-only";

    /// <summary>A lint workflow and a CodeQL workflow; a Directory.Build.props and .editorconfig for another C# project.</summary>
    public const string LintCodeQl = "lint-codeql";

    /// <summary>The fixture's directory in the source tree.</summary>
    public static string PathOf(string name) => Path.Combine(ExternalTools.RepositoryRoot, "tests", "Slipway.Tool.Tests", "Fixtures", name);

    /// <summary>Copies the fixture into <paramref name="target"/> (modes kept, so scripts stay executable).</summary>
    public static void CopyTo(string name, string target)
    {
        var source = PathOf(name);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }

    /// <summary>SHA-256 of every file below <paramref name="root"/> outside .git, by root-relative path.</summary>
    public static Dictionary<string, string> Hashes(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith(".git/", StringComparison.Ordinal))
            .ToDictionary(f => f, f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(Path.Combine(root, f)))), StringComparer.Ordinal);
}
