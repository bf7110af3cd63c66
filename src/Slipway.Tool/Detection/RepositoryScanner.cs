using Slipway.Clients.GoReleaser.Configuration;
using Slipway.Components.CiImage;
using Slipway.Components.Go;
using Slipway.Components.Tools;
using Slipway.Pipelines.Environment;

namespace Slipway.Tool.Detection;

/// <summary>Reads a repository for <c>slipway init</c>: modules, Go version, GoReleaser, the CI image, existing CI, release-please.</summary>
public static class RepositoryScanner
{
    /// <summary>The Dockerfile of the CI image, as Slipway's CiImage component expects it.</summary>
    public const string CiDockerfile = "Dockerfile.ci";

    private static readonly string[] ReleasePleaseFiles = ["release-please-config.json", ".release-please-manifest.json"];

    /// <summary>Everything found under <paramref name="root"/>.</summary>
    /// <exception cref="InitException">It is not a Go repository, or a file it reads is not readable (file:line in the message).</exception>
    public static RepositoryFacts Scan(string root)
    {
        root = Path.GetFullPath(root);
        var modules = Modules(root);
        var mise = Read(() => MiseConfig.Load(root));
        var goReleaser = GoReleaser(root);
        var ciFiles = CiFiles(root);
        return new RepositoryFacts
        {
            Root = root,
            Modules = modules,
            Workspace = File.Exists(Path.Combine(root, "go.work")),
            GoVersion = GoVersion(root, mise),
            UsesMise = mise.Sources.Count > 0,
            Pins = new[] { "go", "golangci-lint", "goreleaser", "actionlint" }.Where(t => mise.VersionOf(t) is not null).ToDictionary(t => t, t => mise.VersionOf(t)!, StringComparer.Ordinal),
            GoReleaser = goReleaser,
            ReleaseDockerfiles = goReleaser is null ? []
                : [.. goReleaser.Dockers.Select(d => d.Dockerfile).Concat(goReleaser.DockersV2.Select(d => d.Dockerfile)).Distinct(StringComparer.Ordinal)],
            CiImage = File.Exists(Path.Combine(root, CiDockerfile)) ? CheckCiImage(root, mise) : null,
            CiFiles = ciFiles,
            ReleasePlease = [.. ReleasePleaseFiles.Where(f => File.Exists(Path.Combine(root, f))),
                .. ciFiles.Where(f => f.Does(StepKind.ReleasePlease)).Select(f => f.Path)],
        };
    }

    private static IReadOnlyList<GoModule> Modules(string root)
    {
        if (!File.Exists(Path.Combine(root, "go.mod")) && !File.Exists(Path.Combine(root, "go.work")))
        {
            throw new InitException($"{root} has no go.mod or go.work: slipway init adopts a Go repository. Run it in the repository's root (where go.mod or go.work is), or create the module first (go mod init <path>).");
        }

        return Read(() => GoModules.Find(root, root, GoModuleSelection.Auto));
    }

    // The mise pin (.mise/config.toml, mise.toml... then .tool-versions), else go.work's or go.mod's toolchain, else its go line.
    private static RequiredGo? GoVersion(string root, MiseConfig mise)
    {
        if (mise.PinOf("go") is { } pin)
        {
            return new RequiredGo(pin.Version, pin.Source);
        }

        foreach (var name in new[] { "go.work", "go.mod" })
        {
            var path = Path.Combine(root, name);
            if (File.Exists(path) && GoModFile.Read(path) is var file && (file.Toolchain is { } toolchain ? toolchain.TrimStart('g', 'o') : file.Go) is { } version)
            {
                return new RequiredGo(version, file.Toolchain is null ? $"{name} (go line)" : $"{name} (toolchain line)");
            }
        }

        return null;
    }

    private static GoReleaserConfig? GoReleaser(string root)
    {
        if (GoReleaserConfigFiles.Find(root) is null)
        {
            return null;
        }

        try
        {
            return GoReleaserConfigReader.Read(root);
        }
        catch (GoReleaserConfigException ex)
        {
            throw new InitException($"{ex.Message} The GoReleaser configuration must be readable for slipway init to plan the release: fix it (goreleaser check) and run slipway init again.", ex);
        }
    }

    private static CiImageCheck CheckCiImage(string root, MiseConfig mise)
    {
        var text = File.ReadAllText(Path.Combine(root, CiDockerfile));
        var facts = CiImageFacts.Parse(text, CiDockerfile, mise, EnvironmentFacts.Default);
        var lastFrom = text.Split('\n').Select(l => l.Trim()).LastOrDefault(l => l.StartsWith("FROM ", StringComparison.OrdinalIgnoreCase)) ?? "";
        var alpine = lastFrom.Contains("alpine", StringComparison.OrdinalIgnoreCase) || text.Contains("apk add", StringComparison.Ordinal);
        return new CiImageCheck(CiDockerfile, [.. CiImageCheck.Needed.Where(t => !facts.Tools.Contains(t))], alpine);
    }

    private static List<ExistingCiFile> CiFiles(string root)
    {
        var files = new List<ExistingCiFile>();
        var workflows = Path.Combine(root, ".github", "workflows");
        if (Directory.Exists(workflows))
        {
            foreach (var path in Directory.EnumerateFiles(workflows).Where(f => f.EndsWith(".yml", StringComparison.Ordinal) || f.EndsWith(".yaml", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
            {
                files.Add(GitHubWorkflowReader.Read(Relative(root, path), File.ReadAllText(path)));
            }
        }

        var gitlab = Path.Combine(root, ".gitlab-ci.yml");
        if (File.Exists(gitlab))
        {
            files.Add(GitLabPipelineReader.Read(".gitlab-ci.yml", File.ReadAllText(gitlab)));
        }

        return files;
    }

    // The Components' readers report bad files with BuildConfigurationException (file:line in the message): bad input here too.
    private static T Read<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (BuildConfigurationException ex)
        {
            throw new InitException(ex.Message, ex);
        }
    }

    private static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');
}
