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

    [Fact]
    public void Reads_tools_sections_dotted_keys_and_selectors()
    {
        var config = MiseConfig.Parse("""
            tools.node = "22"

            [tools.go]
            version = "1.25.5"

            [tools."aqua:golangci/golangci-lint"]
            prefix = "2.12"
            """, "mise.toml");

        Assert.Equal("1.25.5", config.VersionOf("go"));
        Assert.Equal("22", config.VersionOf("node"));
        Assert.Equal("prefix:2.12", config.VersionOf("golangci-lint"));
        Assert.Equal(new MisePin("go", "1.25.5", "mise.toml", 3), config.PinOf("go"));
    }

    [Theory]
    [InlineData("[tools]\ngo = \"1.25\n", "mise.toml:2:")]
    [InlineData("[tools]\ngo = \"1.25\"\ngo = \"1.24\"\n", "mise.toml:3:")]
    [InlineData("[tools\ngo = \"1.25\"\n", "mise.toml:1:")]
    public void Invalid_toml_is_reported_as_file_and_line(string toml, string location)
    {
        var error = Assert.Throws<BuildConfigurationException>(() => MiseConfig.Parse(toml, "mise.toml"));

        Assert.StartsWith(location, error.Message, StringComparison.Ordinal);
        Assert.Contains("mise cannot read this file either", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[tools]\n\ngo = 1.25\n", ".mise/config.toml:3: [tools] go = 1.25 (a number) is not a version; write it as a string, go = \"1.25\"")]
    [InlineData("[tools]\ngo = { virtualenv = \".venv\" }\n", ".mise/config.toml:2: [tools] go has no version")]
    [InlineData("[tools]\ngo = { version = 125 }\n", ".mise/config.toml:2: [tools] go's version is 125 (a number)")]
    [InlineData("tools = \"go\"\n", ".mise/config.toml:1: [tools] tools is a string, not a table")]
    public void A_pin_that_is_no_version_is_located(string toml, string message)
    {
        var error = Assert.Throws<BuildConfigurationException>(() => MiseConfig.Parse(toml));

        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_tool_versions_as_asdf_writes_them()
    {
        var config = MiseConfig.ParseToolVersions("""
            # versions for asdf and mise
            golang 1.25.5 1.24.9 # the first is the default
            nodejs: 22.11.0
            terraform
            aqua:rhysd/actionlint   1.7.7
            """);

        Assert.Equal(3, config.Pins.Count);
        Assert.Equal(new MisePin("go", "1.25.5", ".tool-versions", 2), config.PinOf("go"));
        Assert.Equal("22.11.0", config.VersionOf("node"));
        Assert.Equal("1.7.7", config.VersionOf("actionlint"));
        Assert.Null(config.VersionOf("terraform"));
    }

    [Fact]
    public void Files_are_merged_as_mise_merges_them_toml_before_tool_versions()
    {
        using var directory = new Slipway.Testing.TempDirectory();
        directory.Write(".tool-versions", "golang 1.24.9\nnodejs 22.11.0\n");
        directory.Write("mise.toml", "[tools]\ngo = \"1.25.5\"\nactionlint = \"1.7.6\"\n");
        directory.Write(".mise.toml", "[tools]\nactionlint = \"1.7.7\"\n");

        var config = MiseConfig.Load(directory.Path);

        Assert.Equal([".mise.toml", "mise.toml", ".tool-versions"], config.Sources);
        Assert.Equal(new MisePin("go", "1.25.5", "mise.toml", 2), config.PinOf("go"));
        Assert.Equal("22.11.0", config.VersionOf("node"));
        Assert.Equal("1.7.7", config.VersionOf("actionlint"));
        Assert.Equal("1.7.7", config.Pins["actionlint"]);
        Assert.Equal(directory.Combine(".mise.toml"), config.Path);
    }

    [Fact]
    public void A_go_pin_in_tool_versions_alone_is_found_and_a_missing_tool_names_that_file()
    {
        using var directory = new Slipway.Testing.TempDirectory();
        directory.Write(".tool-versions", "golang 1.25.5\n");

        var config = MiseConfig.Load(directory.Path);

        Assert.Equal("1.25.5", config.Require("go", "Test"));
        var error = Assert.Throws<BuildConfigurationException>(() => config.Require("goreleaser", "SnapshotBuild"));
        Assert.Equal("SnapshotBuild requires tool 'goreleaser', but .tool-versions pins no version of it. Add a line such as 'goreleaser <version>' there (the one place tool versions live).", error.Message);
    }

    [Fact]
    public void An_unreadable_mise_config_is_an_error_not_a_missing_pin()
    {
        using var directory = new Slipway.Testing.TempDirectory();
        directory.Write(".mise/config.toml", "[tools]\ngo = \"1.25.5\"\ngoreleaser = 2.17.1\n");

        var error = Assert.Throws<BuildConfigurationException>(() => MiseConfig.Load(directory.Path));

        Assert.StartsWith(".mise/config.toml:3:", error.Message, StringComparison.Ordinal);
    }
}
