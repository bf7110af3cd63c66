using System.IO.Compression;
using Slipway.Components.Tests.CiGeneration.Support;
using Xunit;

namespace Slipway.Components.Tests.Packages;

/// <summary>
/// Pack run in-process with the real <c>dotnet pack</c> on a small repository whose project versions itself with
/// MinVer from its git tags, as a team's own packable project does.
/// </summary>
public sealed class PackTargetTests : IDisposable
{
    private readonly TempDirectory _root = TempDirectory.ForBuild("slipway-pack-target");

    public PackTargetTests()
    {
        _root.Write("src/Acme.Core/Acme.Core.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Description>Acme's core</Description>
                <IncludeSymbols>true</IncludeSymbols>
                <SymbolPackageFormat>snupkg</SymbolPackageFormat>
                <MinVerTagPrefix>v</MinVerTagPrefix>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="MinVer" Version="8.0.0" PrivateAssets="all" />
              </ItemGroup>
            </Project>
            """);
        _root.Write("src/Acme.Core/Greeting.cs", "namespace Acme.Core;\n\npublic static class Greeting\n{\n    public static string Hello => \"hello\";\n}\n");
        _root.Write(".gitignore", "artifacts/\nbin/\nobj/\n.nuke/temp/\n");
    }

    public void Dispose() => _root.Dispose();

    [Fact]
    public async Task On_a_tag_the_packages_carry_its_version_and_replace_what_was_there()
    {
        await GitAsync("init", "-q", "-b", "main");
        await CommitAsync("first");
        await GitAsync("tag", "v1.2.3");
        _root.Write("artifacts/packages/Acme.Core.0.9.0.nupkg", "stale");

        var (exit, output) = await RunAsync("Pack");

        Assert.True(exit == 0, output);
        Assert.Equal(["Acme.Core.1.2.3.nupkg", "Acme.Core.1.2.3.snupkg"], Packages());
        using var package = ZipFile.OpenRead(_root.Combine("artifacts", "packages", "Acme.Core.1.2.3.nupkg"));
        Assert.Contains(package.Entries, e => e.FullName == "lib/net10.0/Acme.Core.dll");
    }

    [Fact]
    public async Task Off_a_tag_the_version_names_the_branch_and_an_explicit_one_wins()
    {
        await GitAsync("init", "-q", "-b", "main");
        await CommitAsync("first");
        await GitAsync("tag", "v1.2.3");
        await GitAsync("checkout", "-q", "-b", "feature/New-Auth");
        _root.Write("src/Acme.Core/More.cs", "namespace Acme.Core;\n\npublic static class More\n{\n}\n");
        await CommitAsync("second");

        var (exit, output) = await RunAsync("Pack");

        Assert.True(exit == 0, output);
        Assert.Equal(["Acme.Core.1.2.4-alpha.0.feature-new-auth.1.nupkg", "Acme.Core.1.2.4-alpha.0.feature-new-auth.1.snupkg"], Packages());

        var (explicitExit, explicitOutput) = await RunAsync("Pack", "--package-version", "2.0.0-rc.1");

        Assert.True(explicitExit == 0, explicitOutput);
        Assert.Equal(["Acme.Core.2.0.0-rc.1.nupkg", "Acme.Core.2.0.0-rc.1.snupkg"], Packages());
    }

    [Fact]
    public async Task A_bad_version_stops_before_anything_is_packed()
    {
        var (exit, output) = await RunAsync("Pack", "--package-version", "v2");

        Assert.NotEqual(0, exit);
        Assert.Contains("--package-version 'v2' is not a version NuGet accepts", output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_root.Combine("artifacts", "packages")) && Directory.EnumerateFiles(_root.Combine("artifacts", "packages")).Any());
    }

    private List<string> Packages() =>
        [.. Directory.GetFiles(_root.Combine("artifacts", "packages")).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    private async Task CommitAsync(string message)
    {
        await GitAsync("add", "-A");
        await GitAsync("-c", "user.email=tests@slipway.invalid", "-c", "user.name=Slipway tests", "commit", "-q", "-m", message);
    }

    private async Task GitAsync(params string[] arguments)
    {
        var result = await ExternalTools.RunAsync("git", _root.Path, arguments, timeoutSeconds: 60);
        Assert.True(result.ExitCode == 0, $"git {string.Join(' ', arguments)}:\n{result.Output}");
    }

    private async Task<(int Exit, string Output)> RunAsync(params string[] arguments)
    {
        using var output = new StringWriter();
        var environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["HOME"] = Environment.GetEnvironmentVariable("HOME") ?? _root.Path,
            ["PATH"] = Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin:/bin",
        };
        var exit = await new BuildRunner(output, environment, _root.Path).RunAsync(new PackagesBuild(), arguments);
        return (exit, output.ToString());
    }
}
