using Slipway.Clients.Docker;
using Slipway.Testing;
using Xunit;

namespace Slipway.Clients.Tests.Docker;

public sealed class DockerIgnoreTests
{
    [Theory]
    [InlineData("*.log", "app.log", true)]
    [InlineData("*.log", "sub/app.log", false)]
    [InlineData("**/*.log", "sub/deep/app.log", true)]
    [InlineData("**/*.log", "app.log", true)]
    [InlineData("bin", "bin/tool/x", true)]
    [InlineData("/bin", "bin", true)]
    [InlineData("docs/**", "docs/a/b.md", true)]
    [InlineData("docs/**", "docsx/a", false)]
    [InlineData("a/**/z", "a/z", true)]
    [InlineData("a/**/z", "a/b/c/z", true)]
    [InlineData("file?.txt", "file1.txt", true)]
    [InlineData("file?.txt", "file10.txt", false)]
    [InlineData("[a-c].txt", "b.txt", true)]
    [InlineData("[!a-c].txt", "b.txt", false)]
    [InlineData("./tmp/../cache", "cache/x", true)]
    public void Single_pattern(string pattern, string path, bool excluded) =>
        Assert.Equal(excluded, DockerIgnore.Parse(pattern).IsExcluded(path));

    [Fact]
    public void Exceptions_re_include_and_the_last_match_wins()
    {
        var ignore = DockerIgnore.Parse("# comment\n\n*.md\n!README.md\nREADME-secret.md\n!docs/**\ndocs/private\n");
        Assert.True(ignore.IsExcluded("CHANGES.md"));
        Assert.False(ignore.IsExcluded("README.md"));
        Assert.True(ignore.IsExcluded("README-secret.md"));
        Assert.False(ignore.IsExcluded("docs/guide.md"));
        Assert.True(ignore.IsExcluded("docs/private/key"));
        Assert.True(ignore.HasExceptions);
        Assert.Equal(["*.md", "!README.md", "README-secret.md", "!docs/**", "docs/private"], ignore.Patterns);
    }

    [Fact]
    public void Malformed_pattern_names_the_line()
    {
        var ex = Assert.Throws<FormatException>(() => DockerIgnore.Parse("ok\n[abc\n"));
        Assert.Contains("line 2", ex.Message, StringComparison.Ordinal);
        Assert.Contains("[abc", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Context_tar_honours_dockerignore_but_always_keeps_the_dockerfile()
    {
        using var dir = new TempDirectory();
        dir.Write(".dockerignore", "**/*.tmp\nnode_modules\nbuild\n!build/keep.txt\nci.Dockerfile\n");
        dir.Write("ci.Dockerfile", "FROM scratch\n");
        dir.Write("main.go", "package main\n");
        dir.Write("a/b/c.tmp", "x");
        dir.Write("a/b/d.go", "x");
        dir.Write("node_modules/x/index.js", "x");
        dir.Write("build/out.bin", "x");
        dir.Write("build/keep.txt", "x");

        var writer = new BuildContextWriter(dir.Path, "ci.Dockerfile");
        var entries = writer.Entries().ToList();
        Assert.Equal([".dockerignore", "a", "a/b", "a/b/d.go", "build/keep.txt", "ci.Dockerfile", "main.go"], entries);

        using var tar = new MemoryStream();
        await writer.WriteAsync(tar);
        tar.Position = 0;
        var names = new List<string>();
        using var reader = new System.Formats.Tar.TarReader(tar);
        while (await reader.GetNextEntryAsync() is { } entry)
        {
            names.Add(entry.Name);
        }

        Assert.Equal(entries, names);
    }
}
