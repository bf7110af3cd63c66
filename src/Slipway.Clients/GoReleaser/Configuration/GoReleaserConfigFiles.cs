namespace Slipway.Clients.GoReleaser.Configuration;

/// <summary>
/// Finds a project's GoReleaser configuration the way GoReleaser does (<c>cmd/config.go</c>, v2): an explicit file
/// (<c>--config</c>/<c>-f</c>) wins; otherwise the first of <see cref="SearchOrder"/> that exists.
/// </summary>
public static class GoReleaserConfigFiles
{
    /// <summary>The names GoReleaser tries, in its order, relative to the directory it runs in.</summary>
    public static readonly IReadOnlyList<string> SearchOrder =
    [
        ".config/goreleaser.yml",
        ".config/goreleaser.yaml",
        ".goreleaser.yml",
        ".goreleaser.yaml",
        "goreleaser.yml",
        "goreleaser.yaml",
    ];

    /// <summary>
    /// The configuration file of the project in <paramref name="directory"/>, relative to it: <paramref name="explicitFile"/>
    /// when given (it must exist), else the first of <see cref="SearchOrder"/> that exists, else null (GoReleaser then
    /// runs on its defaults).
    /// </summary>
    /// <exception cref="GoReleaserConfigException">The explicit file does not exist.</exception>
    public static string? Find(string directory, string? explicitFile = null)
    {
        ArgumentNullException.ThrowIfNull(directory);
        if (!string.IsNullOrEmpty(explicitFile))
        {
            if (!File.Exists(Path.Combine(directory, explicitFile)))
            {
                throw new GoReleaserConfigException(
                    $"GoReleaser configuration {explicitFile} not found in {directory}. Check --goreleaser-config, or leave it out to use GoReleaser's search order ({string.Join(", ", SearchOrder)}).");
            }

            return explicitFile.Replace('\\', '/');
        }

        return SearchOrder.FirstOrDefault(name => File.Exists(Path.Combine(directory, name)));
    }
}
