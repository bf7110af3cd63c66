using Slipway.Components.Tools;
using Xunit;

namespace Slipway.Components.Tests.Tools;

public sealed class MiseConfigTests
{
    [Fact]
    public void Reads_the_tools_table_in_the_forms_mise_documents()
    {
        var pins = MiseConfig.Parse("""
            # comment
            [env]
            go = "not a tool"
            [tools]
            go = "1.25.5"  # trailing comment
            "aqua:goreleaser/goreleaser" = "2.17.1"
            node = ["22", "20"]
            python = { version = "3.12", virtualenv = ".venv" }
            [settings]
            experimental = "true"
            """).Pins;

        Assert.Equal(4, pins.Count);
        Assert.Equal("1.25.5", pins["go"]);
        Assert.Equal("2.17.1", pins["aqua:goreleaser/goreleaser"]);
        Assert.Equal("22", pins["node"]);
        Assert.Equal("3.12", pins["python"]);
    }

    [Fact]
    public void Finds_the_repository_pins_by_short_name()
    {
        var config = MiseConfig.Load(GoProject.RepositoryRoot);

        Assert.EndsWith(Path.Combine(".mise", "config.toml"), config.Path, StringComparison.Ordinal);
        Assert.NotNull(config.VersionOf("go"));
        Assert.NotNull(config.VersionOf("goreleaser"));
        Assert.NotNull(config.VersionOf("golangci-lint"));
        Assert.Null(config.VersionOf("hadolint"));
    }

    [Fact]
    public void A_directory_without_configuration_pins_nothing()
    {
        using var directory = new Slipway.Testing.TempDirectory();

        var config = MiseConfig.Load(directory.Path);

        Assert.Null(config.Path);
        Assert.Empty(config.Pins);
    }
}
