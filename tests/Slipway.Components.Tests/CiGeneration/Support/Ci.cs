using Slipway.Components.CiGeneration;
using Slipway.Graph;
using Slipway.Pipelines.Environment;
using YamlDotNet.RepresentationModel;

namespace Slipway.Components.Tests.CiGeneration.Support;

/// <summary>Generation from a test build class without running it, plus YAML navigation that names a missing key.</summary>
internal static class Ci
{
    public const string MiseConfig = "[tools]\ngo = \"1.25.5\" # the Go pin\ngoreleaser = \"2.17.1\"\n\"golangci-lint\" = { version = \"2.12.2\" }\n";

    /// <summary>The CI image GitLab jobs run in, as if read from a Dockerfile.ci installing what the jobs need.</summary>
    public static CiJobImage CiImage { get; } = new(
        "ci-0123456789ab",
        new ImageFacts("Dockerfile.ci", new HashSet<string>(["bash", "dotnet-runtime", "git", "go", "goreleaser", "golangci-lint", "docker", "docker-buildx"], StringComparer.Ordinal), "a test Dockerfile.ci", ""));

    public static CiGenerationSettings Settings(string goDependencyFile = "go.sum") => new(
        Slipway.Components.Tools.MiseConfig.Parse(MiseConfig, ".mise/config.toml"), goDependencyFile, ["build/*.csproj", "src/*/*.csproj"])
    {
        CiImage = CiImage,
        CacheKeyFile = Slipway.Components.CacheKey.CacheKeyFile.FileName,
    };

    public static IReadOnlyList<GeneratedFile> Generate<TBuild>()
        where TBuild : SlipwayBuild, new() =>
        CiFileGenerator.Generate(typeof(TBuild), TargetGraph.Discover(new TBuild()), Settings());

    /// <summary>The GitHub workflows of <typeparamref name="TBuild"/> only (for builds whose GitLab file is meant to fail).</summary>
    public static IReadOnlyList<GeneratedFile> GitHubFiles<TBuild>()
        where TBuild : SlipwayBuild, new() =>
        [.. CiFileGenerator.Compile<GitHubActionsSystem>(typeof(TBuild), TargetGraph.Discover(new TBuild()), Settings()).Select(p => new GeneratedFile(p.FilePath, Slipway.Pipelines.GitHub.GitHubActionsWriter.Write(p)))];

    public static YamlMappingNode File<TBuild>(string path)
        where TBuild : SlipwayBuild, new() =>
        YamlQuery.Parse(Generate<TBuild>().Single(f => f.RelativePath == path).Content);

    /// <summary>The <c>uses:</c> of every step, without the version.</summary>
    public static IReadOnlyList<string> Actions(this YamlNode job) =>
        job.Seq("steps").Where(s => s.Has("uses")).Select(s => s.Str("uses").Split('@')[0]).ToList();

    /// <summary>The step using <paramref name="action"/> (without version).</summary>
    public static YamlNode Step(this YamlNode job, string action) => job.Seq("steps").Single(s => s.Has("uses") && s.Str("uses").StartsWith(action + "@", StringComparison.Ordinal));
}
