using Slipway.Caching;

namespace Slipway.Tests.Caching;

public sealed class FileGlobTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("slipway-glob-").FullName;

    public FileGlobTests()
    {
        foreach (var file in new[] { "go.mod", "main.go", "a1.go", "ab.go", "cmd/app/main.go", "cmd/app/main_test.go", "vendor/x/x.go", "dist/app", "dist/sub/app.tar.gz", ".git/HEAD", ".nuke/temp/cache/X.json", ".nuke/parameters.json" })
        {
            var path = Path.Combine(_root, file);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, file);
        }
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Theory]
    [InlineData("*.go", "a1.go,ab.go,main.go")]
    [InlineData("a?.go", "a1.go,ab.go")]
    [InlineData("a?.*", "a1.go,ab.go")]
    [InlineData("**/*.go", "a1.go,ab.go,cmd/app/main.go,cmd/app/main_test.go,main.go,vendor/x/x.go")]
    [InlineData("**/main.go", "cmd/app/main.go,main.go")]
    [InlineData("cmd/**", "cmd/app/main.go,cmd/app/main_test.go")]
    [InlineData("dist/", "dist/app,dist/sub/app.tar.gz")]
    [InlineData("./dist/**/*.tar.gz", "dist/sub/app.tar.gz")]
    [InlineData("**", "a1.go,ab.go,cmd/app/main.go,cmd/app/main_test.go,dist/app,dist/sub/app.tar.gz,go.mod,main.go,.nuke/parameters.json,vendor/x/x.go")]
    [InlineData("dist", "")]
    [InlineData("missing/**", "")]
    public void Matches_files(string pattern, string expected) =>
        Assert.Equal(Split(expected), new FileGlob([pattern]).Match(_root).Order(StringComparer.Ordinal));

    [Fact]
    public void Exclusions_remove_files_and_whole_directories_whatever_their_order()
    {
        Assert.Equal(["a1.go", "ab.go", "cmd/app/main.go", "main.go"], new FileGlob(["!vendor/", "**/*.go", "!**/*_test.go"]).Match(_root));
    }

    [Fact]
    public void Never_walks_git_or_the_cache_records()
    {
        Assert.DoesNotContain(new FileGlob(["**"]).Match(_root), p => p.StartsWith(".git/", StringComparison.Ordinal) || p.StartsWith(".nuke/temp/", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/etc/passwd")]
    [InlineData("../outside/*")]
    [InlineData("src/../../x")]
    [InlineData("")]
    [InlineData("!")]
    public void Rejects_patterns_outside_the_root(string pattern)
    {
        var error = Assert.Throws<BuildConfigurationException>(() => new FileGlob([pattern]));
        Assert.Contains("relative to the build root", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cmd/app/main.go", true)]
    [InlineData("cmd/app/main_test.go", false)]
    [InlineData("cmd/main.go", false)]
    public void IsMatch_agrees_with_the_walk(string path, bool expected) =>
        Assert.Equal(expected, new FileGlob(["cmd/*/*.go", "!**/*_test.go"]).IsMatch(path));

    private static string[] Split(string list) => list.Split(',', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal).ToArray();
}
