using Slipway.Clients.Tests.Example;
using Slipway.Testing;

namespace Slipway.Clients.Tests.GoReleaser.Configuration;

/// <summary>
/// The fixture projects in tests/Slipway.Clients.Tests/GoReleaser/Configurations, copied to a directory outside any git
/// checkout (so no git remote of this repository decides their SCM).
/// </summary>
internal static class ConfigurationFixtures
{
    public static string SourceDirectory { get; } = Path.Combine(GoTool.RepositoryRoot, "tests", "Slipway.Clients.Tests", "GoReleaser", "Configurations");

    public static IReadOnlyList<string> Names { get; } =
        [.. Directory.EnumerateDirectories(SourceDirectory).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    /// <summary>A copy of fixture <paramref name="name"/>; dispose to delete it.</summary>
    public static TempDirectory Copy(string name)
    {
        var copy = new TempDirectory("slipway-goreleaser-fixture");
        var source = Path.Combine(SourceDirectory, name);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy.Path, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return copy;
    }

    /// <summary>The expected file of fixture <paramref name="name"/>; with SLIPWAY_UPDATE_FIXTURES=1 it is rewritten first (review the diff before committing).</summary>
    public static string Expected(string name, string file, string actual)
    {
        var path = Path.Combine(SourceDirectory, name, file);
        if (string.Equals(Environment.GetEnvironmentVariable("SLIPWAY_UPDATE_FIXTURES"), "1", StringComparison.Ordinal))
        {
            File.WriteAllText(path, actual);
        }

        return File.Exists(path) ? File.ReadAllText(path) : $"(no {file} in fixture {name})";
    }
}
