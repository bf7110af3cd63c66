using Slipway.Components.Tests.CiGeneration.Support;
using Xunit;

namespace Slipway.Tool.Tests.Support;

/// <summary>
/// Packs the four libraries and the tool into a temporary folder feed once per test run (at <see cref="Version"/>, built
/// into a separate artifacts path so the source tree's outputs are untouched), and installs the tool from it into a
/// temporary tool path. Restores use a NuGet packages folder of their own, so the test packages never reach the
/// user's cache; the user's cache serves as a read-only extra source for third-party packages.
/// </summary>
public sealed class PackedTool : IAsyncLifetime
{
    /// <summary>The version the packages are packed at.</summary>
    public const string Version = "0.0.0-test.1";

    private static readonly string[] Projects = ["Slipway", "Slipway.Pipelines", "Slipway.Clients", "Slipway.Components", "Slipway.Tool"];

    private readonly TempDirectory _directory = new("slipway-tool");

    /// <summary>The folder feed.</summary>
    public string Feed => _directory.Combine("feed");

    /// <summary>The installed <c>slipway</c> executable.</summary>
    public string Slipway => _directory.Combine("tools", "slipway");

    /// <summary>Environment for every dotnet, build.sh and tool process of the tests.</summary>
    public IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["NUGET_PACKAGES"] = _directory.Combine("nuget-packages"),
        ["RestoreAdditionalProjectSources"] = Path.Combine(System.Environment.GetFolderPath(System.Environment.SpecialFolder.UserProfile), ".nuget", "packages"),
        ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
        ["DOTNET_NOLOGO"] = "1",
    };

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        foreach (var project in Projects)
        {
            var csproj = Path.Combine(ExternalTools.RepositoryRoot, "src", project, project + ".csproj");
            var pack = await ExternalTools.RunAsync("dotnet", ExternalTools.RepositoryRoot,
                ["pack", csproj, "-c", "Release", "-p:Version=" + Version, "-o", Feed, "--artifacts-path", _directory.Combine("artifacts"), "--nologo", "-v", "quiet"],
                Environment, timeoutSeconds: 600);
            Assert.True(pack.ExitCode == 0, $"dotnet pack {project}:\n{pack.Output}");
        }

        var install = await ExternalTools.RunAsync("dotnet", _directory.Path,
            ["tool", "install", "--tool-path", _directory.Combine("tools"), "--add-source", Feed, "Slipway.Tool", "--version", Version], Environment, timeoutSeconds: 300);
        Assert.True(install.ExitCode == 0, "dotnet tool install:\n" + install.Output);
    }

    /// <inheritdoc />
    public Task DisposeAsync()
    {
        _directory.Dispose();
        return Task.CompletedTask;
    }
}

/// <summary>The tests that share one packed feed and installed tool.</summary>
[CollectionDefinition(Name)]
public sealed class PackedToolCollection : ICollectionFixture<PackedTool>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "packed slipway tool";
}
