using Slipway.Components.Packages;
using Xunit;

namespace Slipway.Components.Tests.Packages;

public sealed class PackCommandTests : IDisposable
{
    private readonly TempDirectory _root = TempDirectory.ForBuild("slipway-pack");

    public void Dispose() => _root.Dispose();

    [Fact]
    public void The_globs_name_the_projects_sorted_and_only_csproj_files()
    {
        _root.Write("src/Zeta/Zeta.csproj", "<Project />");
        _root.Write("src/Alpha/Alpha.csproj", "<Project />");
        _root.Write("src/Alpha/README.md", "");

        Assert.Equal(["src/Alpha/Alpha.csproj", "src/Zeta/Zeta.csproj"], PackCommand.Projects(_root.Path, ["src/*/*"]));
    }

    [Fact]
    public void No_project_is_a_clear_error()
    {
        var error = Assert.Throws<BuildConfigurationException>(() => PackCommand.Projects(_root.Path, ["src/*/*.csproj"]));
        Assert.Contains("No project to pack: PackProjects (src/*/*.csproj) matches no .csproj", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_solution_lists_the_projects_relative_to_its_own_folder() =>
        Assert.Equal(
            "<Solution>\n  <Project Path=\"../../../src/A&amp;B/A.csproj\" />\n</Solution>\n",
            PackCommand.Solution(["src/A&B/A.csproj"]));

    [Fact]
    public void The_pack_runs_in_release_with_sorted_properties()
    {
        var spec = PackCommand.Pack("dotnet", "s.slnx", "out", new Dictionary<string, string> { ["Version"] = "1.0.0", ["ContinuousIntegrationBuild"] = "true" });
        Assert.Equal(["pack", "s.slnx", "-c", "Release", "-o", "out", "--nologo", "-tl:off", "-p:ContinuousIntegrationBuild=true", "-p:Version=1.0.0"], spec.Arguments);
    }

    [Theory]
    [InlineData("/usr/share/dotnet/dotnet", "/usr/share/dotnet/dotnet")]
    [InlineData("/work/build/bin/_build", "dotnet")]
    [InlineData(null, "dotnet")]
    public void The_dotnet_is_the_one_running_the_build_when_there_is_one(string? processPath, string expected) =>
        Assert.Equal(expected, PackCommand.DotNet(processPath));

    [Fact]
    public void Pushes_skip_duplicates_and_send_symbols_only_where_asked()
    {
        Assert.Equal(
            ["nuget", "push", Path.Combine("pkgs", "*.nupkg"), "--source", PackagePush.NuGetOrg, "--api-key", "k", "--skip-duplicate"],
            PackagePush.Command("dotnet", "pkgs", PackagePush.NuGetOrg, "k", symbols: true).Arguments);
        Assert.Equal(
            ["nuget", "push", Path.Combine("pkgs", "*.nupkg"), "--source", "https://nuget.pkg.github.com/acme/index.json", "--api-key", "t", "--skip-duplicate", "--no-symbols"],
            PackagePush.Command("dotnet", "pkgs", PackagePush.GitHubPackages("acme"), "t", symbols: false).Arguments);
    }
}
