using System.IO.Compression;
using Xunit;

namespace Slipway.Components.Tests.Packages;

/// <summary>
/// PublishPackages run in-process as a tag job would run it, pushing with the real <c>dotnet nuget push</c> to two
/// NuGet feed TEST DOUBLES (nuget.org and GitHub Packages stand-ins) on 127.0.0.1.
/// </summary>
public sealed class PublishPackagesTests : IAsyncDisposable
{
    private const string ApiKey = "oy2nugetapikeyfortests";
    private const string JobToken = "ghs_jobtokenfortests";
    private readonly TempDirectory _root = TempDirectory.ForBuild("slipway-packages");
    private readonly NuGetFeedDouble _nuget = new(ApiKey);
    private readonly NuGetFeedDouble _github = new(JobToken, symbols: false);

    public PublishPackagesTests()
    {
        WritePackage("Acme.Build", "1.2.3");
        WritePackage("Acme.Build.Tool", "1.2.3");
    }

    public async ValueTask DisposeAsync()
    {
        await _nuget.DisposeAsync();
        await _github.DisposeAsync();
        _root.Dispose();
    }

    [Fact]
    public async Task A_tag_job_pushes_packages_and_symbols_to_nuget_and_packages_only_to_the_host_feed()
    {
        var (exit, output) = await RunAsync(TagJob());

        Assert.True(exit == 0, output);
        Assert.Equal(["Acme.Build 1.2.3", "Acme.Build.Tool 1.2.3"], _nuget.Packages.Order(StringComparer.Ordinal));
        Assert.Equal(["Acme.Build 1.2.3", "Acme.Build.Tool 1.2.3"], _nuget.Symbols.Order(StringComparer.Ordinal));
        Assert.Equal(["Acme.Build 1.2.3", "Acme.Build.Tool 1.2.3"], _github.Packages.Order(StringComparer.Ordinal));
        Assert.Empty(_github.Symbols);
        // Only GitHub's add-mask commands carry the secrets; every command line and log shows them masked.
        var logged = string.Join('\n', output.Split('\n').Where(l => !l.StartsWith("::add-mask::", StringComparison.Ordinal)));
        Assert.Contains("--api-key ***", logged, StringComparison.Ordinal);
        Assert.DoesNotContain(ApiKey, logged, StringComparison.Ordinal);
        Assert.DoesNotContain(JobToken, logged, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rerun_of_the_same_tag_skips_what_the_feeds_already_have()
    {
        Assert.Equal(0, (await RunAsync(TagJob())).Exit);

        var (exit, output) = await RunAsync(TagJob());

        Assert.True(exit == 0, output);
        Assert.Equal(2, _nuget.Packages.Count);
        Assert.Equal(2, _github.Packages.Count);
    }

    [Fact]
    public async Task Off_a_tag_nothing_is_published()
    {
        var job = TagJob();
        job["GITHUB_REF"] = "refs/heads/main";
        job["GITHUB_REF_NAME"] = "main";
        job["GITHUB_REF_TYPE"] = "branch";

        var (exit, output) = await RunAsync(job);

        Assert.NotEqual(0, exit);
        Assert.Contains("PublishPackages publishes only from a tag", output, StringComparison.Ordinal);
        Assert.Empty(_nuget.Requests);
    }

    [Theory]
    [InlineData("NUGET_API_KEY", "requires parameter --nuget-api-key")]
    [InlineData("GITHUB_TOKEN", "needs GITHUB_TOKEN (with packages: write) in the job, and it is not set, so nothing was published")]
    public async Task Without_either_secret_nothing_is_published_anywhere(string missing, string message)
    {
        var job = TagJob();
        job.Remove(missing);

        var (exit, output) = await RunAsync(job);

        Assert.NotEqual(0, exit);
        Assert.Contains(message, output, StringComparison.Ordinal);
        Assert.Empty(_nuget.Requests);
        Assert.Empty(_github.Requests);
    }

    [Fact]
    public async Task An_empty_packages_directory_is_a_clear_error()
    {
        foreach (var file in Directory.GetFiles(_root.Combine("artifacts", "packages")))
        {
            File.Delete(file);
        }

        var (exit, output) = await RunAsync(TagJob());

        Assert.NotEqual(0, exit);
        Assert.Contains("artifacts/packages holds no .nupkg", output, StringComparison.Ordinal);
        Assert.Contains("Run ./build.sh Pack first", output, StringComparison.Ordinal);
        Assert.Empty(_nuget.Requests);
    }

    [Fact]
    public async Task A_wrong_api_key_fails_the_target()
    {
        var job = TagJob();
        job["NUGET_API_KEY"] = "not-the-key";

        var (exit, _) = await RunAsync(job);

        Assert.NotEqual(0, exit);
        Assert.Empty(_nuget.Packages);
        Assert.Empty(_github.Requests); // nuget.org first: the host feed is not tried after a failed push
    }

    private Dictionary<string, string> TagJob() => new(StringComparer.Ordinal)
    {
        ["GITHUB_ACTIONS"] = "true",
        ["GITHUB_EVENT_NAME"] = "push",
        ["GITHUB_REF"] = "refs/tags/v1.2.3",
        ["GITHUB_REF_NAME"] = "v1.2.3",
        ["GITHUB_REF_TYPE"] = "tag",
        ["GITHUB_SHA"] = "a1b2c3d4e5f60718293a4b5c6d7e8f9012345678",
        ["GITHUB_REPOSITORY"] = "acme/build",
        ["GITHUB_SERVER_URL"] = "https://github.com",
        ["GITHUB_RUN_ID"] = "4242",
        ["GITHUB_TOKEN"] = JobToken,
        ["NUGET_API_KEY"] = ApiKey,
        ["HOME"] = Environment.GetEnvironmentVariable("HOME") ?? _root.Path,
        ["PATH"] = Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin:/bin",
    };

    private async Task<(int Exit, string Output)> RunAsync(IReadOnlyDictionary<string, string> environment)
    {
        // The doubles speak HTTP, which NuGet refuses for a push unless a NuGet.Config allows that source.
        _root.Write("NuGet.Config", $$"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="nuget-double" value="{{_nuget.Source}}" allowInsecureConnections="true" />
                <add key="github-double" value="{{_github.Source}}" allowInsecureConnections="true" />
              </packageSources>
            </configuration>
            """);
        using var output = new StringWriter();
        var build = new PackagesBuild(_nuget.Source, _github.Source);
        var exit = await new BuildRunner(output, environment, _root.Path).RunAsync(build, ["PublishPackages", "--skip", "Pack"]);
        return (exit, output.ToString());
    }

    // A package as dotnet pack lays it out (nuspec at the root), with its .snupkg beside it.
    private void WritePackage(string id, string version)
    {
        var directory = _root.Combine("artifacts", "packages");
        Directory.CreateDirectory(directory);
        foreach (var extension in new[] { ".nupkg", ".snupkg" })
        {
            using var zip = ZipFile.Open(Path.Combine(directory, $"{id}.{version}{extension}"), ZipArchiveMode.Create);
            using var writer = new StreamWriter(zip.CreateEntry(id + ".nuspec").Open());
            writer.Write($"""
                <?xml version="1.0" encoding="utf-8"?>
                <package xmlns="http://schemas.microsoft.com/packaging/2013/05/nuspec.xsd">
                  <metadata>
                    <id>{id}</id>
                    <version>{version}</version>
                    <authors>Acme</authors>
                    <description>Test package</description>
                    {(extension == ".snupkg" ? "<packageTypes><packageType name=\"SymbolsPackage\" /></packageTypes>" : "")}
                  </metadata>
                </package>
                """);
        }
    }
}
