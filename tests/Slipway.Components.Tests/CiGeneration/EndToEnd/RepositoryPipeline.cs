using Slipway.Components.Tests.CiGeneration.Support;
using Slipway.Components.Tests.Tools;
using Xunit;

namespace Slipway.Components.Tests.CiGeneration.EndToEnd;

/// <summary>
/// Runs this repository's committed <c>.gitlab-ci.yml</c> with gitlab-ci-local in a fresh clone: every job runs its
/// real command through the real bootstrap (build.sh compiles the build program once, in build-program), against the
/// shared Docker daemon and registry. GitLab's services cannot be pulled here, so the jobs' DOCKER_HOST points at the
/// shared daemon, and gitlab-ci-local has no workflow rules, so a protected pipeline gets the CI_IMAGE its protected
/// rule would set. TEST DOUBLES stand in only for what cannot be installed: GoReleaser, golangci-lint, the Buildx CLI
/// plugin and the CI image's base image. The clone pins the Go this machine has (Debian's) instead of the repository's,
/// with the generated files regenerated for it, because Test and Lint refuse a Go older than the pin.
/// </summary>
public sealed class RepositoryPipeline : IAsyncLifetime
{
    private readonly TempRepository _tools = new();
    private readonly TempRepository _template = new();
    private DockerDaemonFixture? _docker;
    private IReadOnlyList<string> _files = [];

    /// <summary>The directory with the doubles that go first on PATH.</summary>
    public string Bin => Path.Combine(_tools.Path, "bin");

    /// <summary>The docker CLI configuration directory (with the Buildx plugin double).</summary>
    public string DockerConfig => Path.Combine(_tools.Path, "docker");

    /// <summary>The shared daemon's DOCKER_HOST.</summary>
    public string DockerHost => _docker!.DockerHost;

    public async Task InitializeAsync()
    {
        _docker = new DockerDaemonFixture();
        await _docker.InitializeAsync();
        Directory.CreateDirectory(Bin);
        File.CreateSymbolicLink(Path.Combine(Bin, "goreleaser"), GoReleaserDouble.BinaryPath);
        if (!OperatingSystem.IsWindows())
        {
            ToolDoubles.Install(Bin, DockerConfig);
        }

        var go = (await ExternalTools.RunAsync("go", _tools.Path, ["env", "GOVERSION"])).Output.Trim();
        Assert.StartsWith("go", go, StringComparison.Ordinal);
        await CiImageBaseDouble.BuildAsync(DockerHost, _docker.BaseImage, go);
        _files = await CopyRepositoryAsync(_template.Path);
        var mise = Path.Combine(_template.Path, ".mise", "config.toml");
        await File.WriteAllTextAsync(mise, System.Text.RegularExpressions.Regex.Replace(await File.ReadAllTextAsync(mise), "(?m)^go = \"[^\"]*\"", $"go = \"{go[2..]}\""));
        var generate = await ExternalTools.RunAsync(Path.Combine(_template.Path, "build.sh"), _template.Path, ["GenerateCi", "CacheKey"], timeoutSeconds: 600);
        Assert.True(generate.ExitCode == 0, generate.Output);
    }

    public async Task DisposeAsync()
    {
        _tools.Dispose();
        _template.Dispose();
        if (_docker is not null)
        {
            await _docker.DisposeAsync();
        }
    }

    /// <summary>
    /// A clone of the repository as committed (tracked and new files, nothing ignored), committed on main, tagged
    /// <paramref name="tag"/> when given, with the pipeline run by gitlab-ci-local with <paramref name="variables"/>.
    /// </summary>
    public async Task<ToolResult> RunAsync(IReadOnlyDictionary<string, string> variables, string? tag = null)
    {
        using var clone = new TempRepository();
        using var home = new TempRepository();
        foreach (var file in _files)
        {
            Copy(Path.Combine(_template.Path, file), Path.Combine(clone.Path, file));
        }

        await ExternalTools.InitializeGitAsync(clone.Path);
        if (tag is not null)
        {
            Assert.Equal(0, (await ExternalTools.RunAsync("git", clone.Path, ["tag", tag])).ExitCode);
        }

        var environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["HOME"] = home.Path,
            ["FORCE_COLOR"] = "0",
            ["DOCKER_CONFIG"] = DockerConfig,
            ["PATH"] = $"{Bin}:{Path.Combine(ExternalTools.RepositoryRoot, "tests", "tools", "node_modules", ".bin")}:{System.Environment.GetEnvironmentVariable("PATH")}",
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            ["DOTNET_NOLOGO"] = "1",
        };
        var overrides = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            // GitLab sets it; gitlab-ci-local sets it to false.
            ["GITLAB_CI"] = "true",
            // The Docker-in-Docker service of the jobs, and its TLS, are replaced by the shared daemon.
            ["DOCKER_HOST"] = DockerHost,
            ["DOCKER_TLS_VERIFY"] = "",
            ["DOCKER_CERT_PATH"] = "",
            // The packages the job would restore from its cache, instead of downloading them for every run.
            ["NUGET_PACKAGES"] = Path.Combine(System.Environment.GetFolderPath(System.Environment.SpecialFolder.UserProfile), ".nuget", "packages"),
        };
        foreach (var (key, value) in variables)
        {
            overrides[key] = value;
        }

        // The one change to the committed file: services cannot be pulled here (the shared daemon stands in for
        // Docker-in-Docker). It is written beside the committed file, which the lint job's CheckGenerated compares.
        await File.WriteAllTextAsync(Path.Combine(clone.Path, RunFile), WithoutServices(await File.ReadAllTextAsync(Path.Combine(clone.Path, ".gitlab-ci.yml"))));
        var arguments = new List<string> { "--file", RunFile, "--force-shell-executor", "--shell-isolation", "--color=false", "--ignore-predefined-vars", string.Join(',', overrides.Keys.Where(k => k.StartsWith("CI_", StringComparison.Ordinal) || k == "GITLAB_CI")) };
        foreach (var (key, value) in overrides)
        {
            arguments.AddRange(["--variable", $"{key}={value}"]);
        }

        return await ExternalTools.RunAsync(ExternalTools.Validator("gitlab-ci-local"), clone.Path, arguments, environment, timeoutSeconds: 1200);
    }

    private const string RunFile = ".gitlab-ci-local-run.yml";

    private static string WithoutServices(string pipeline)
    {
        var root = YamlQuery.Parse(pipeline);
        foreach (var job in root.Children.Values.OfType<YamlDotNet.RepresentationModel.YamlMappingNode>())
        {
            job.Children.Remove(new YamlDotNet.RepresentationModel.YamlScalarNode("services"));
        }

        var text = new StringWriter();
        new YamlDotNet.RepresentationModel.YamlStream(new YamlDotNet.RepresentationModel.YamlDocument(root)).Save(text, assignAnchors: false);
        return text.ToString();
    }

    /// <summary>Copies the repository as committed (tracked and new files, nothing ignored); returns their relative paths.</summary>
    private static async Task<IReadOnlyList<string>> CopyRepositoryAsync(string destination)
    {
        var root = ExternalTools.RepositoryRoot;
        var files = await ExternalTools.RunAsync("git", root, ["ls-files", "--cached", "--others", "--exclude-standard"]);
        Assert.Equal(0, files.ExitCode);
        var copied = new List<string>();
        foreach (var file in files.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (File.Exists(Path.Combine(root, file)))
            {
                Copy(Path.Combine(root, file), Path.Combine(destination, file));
                copied.Add(file);
            }
        }

        return copied;
    }

    private static void Copy(string source, string target)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Copy(source, target, overwrite: true);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(target, File.GetUnixFileMode(source));
        }
    }
}
