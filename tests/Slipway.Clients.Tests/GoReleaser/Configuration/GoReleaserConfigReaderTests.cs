using Slipway.Clients.GoReleaser.Configuration;
using Slipway.Testing;
using Xunit;

namespace Slipway.Clients.Tests.GoReleaser.Configuration;

public sealed class GoReleaserConfigReaderTests
{
    private static GoReleaserConfig Read(string yaml, string file = ".goreleaser.yaml")
    {
        using var project = new TempDirectory("slipway-goreleaser-config");
        project.Write(file, yaml);
        return GoReleaserConfigReader.Read(project.Path);
    }

    [Fact]
    public void Files_are_found_in_goreleasers_search_order()
    {
        using var project = new TempDirectory("slipway-goreleaser-config");
        foreach (var name in GoReleaserConfigFiles.SearchOrder.Reverse())
        {
            project.Write(name, "project_name: x\n");
            Assert.Equal(name, GoReleaserConfigFiles.Find(project.Path));
        }

        project.Write("ci/release.yml", "");
        Assert.Equal("ci/release.yml", GoReleaserConfigFiles.Find(project.Path, "ci/release.yml"));
    }

    [Fact]
    public void A_missing_explicit_file_is_an_error_naming_the_option()
    {
        using var project = new TempDirectory("slipway-goreleaser-config");

        var error = Assert.Throws<GoReleaserConfigException>(() => GoReleaserConfigReader.Read(project.Path, "release/goreleaser.yml"));
        Assert.Contains("release/goreleaser.yml not found", error.Message, StringComparison.Ordinal);
        Assert.Contains("--goreleaser-config", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void No_file_means_goreleasers_defaults()
    {
        using var project = new TempDirectory("slipway-goreleaser-config");
        project.Write("go.mod", "module example.com/acme/widget\n");

        var config = GoReleaserConfigReader.Read(project.Path);
        Assert.Null(config.File);
        Assert.Equal("widget", ReleaseContractDeriver.Derive(config).ProjectName);
    }

    [Fact]
    public void A_yaml_error_names_file_line_and_column()
    {
        var error = Assert.Throws<GoReleaserConfigException>(() => Read("version: 2\nbuilds:\n  - id: a\n    goos: [linux\n"));

        Assert.StartsWith(".goreleaser.yaml:", error.Message, StringComparison.Ordinal);
        Assert.Matches(@"^\.goreleaser\.yaml:\d+:\d+: not valid YAML: ", error.Message);
        Assert.NotNull(error.Location);
    }

    [Fact]
    public void A_value_of_the_wrong_shape_names_its_path_and_line()
    {
        var error = Assert.Throws<GoReleaserConfigException>(() => Read("version: 2\nbuilds:\n  - goos:\n      linux: yes\n"));

        Assert.Equal(".goreleaser.yaml:4:7: builds[0].goos must be a list of values, not a mapping.", error.Message);
    }

    [Fact]
    public void Unknown_keys_are_kept_and_reported_with_their_location_not_fatal()
    {
        var config = Read("version: 2\nproject_name: x\nbuilds:\n  - goos: [linux]\n    gorm: [7]\nfuture_section:\n  a: 1\n");

        Assert.Equal(["builds[0].gorm", "future_section"], config.UnknownKeys.Select(u => u.Path));
        Assert.Equal(new SourceLocation(".goreleaser.yaml", 5, 11), config.UnknownKeys[0].Location);
        Assert.Equal(["linux"], config.Builds[0].Goos);
    }

    [Fact]
    public void Anchors_and_merge_keys_are_resolved_explicit_keys_winning()
    {
        var config = Read("""
            version: 2
            builds:
              - &base
                id: a
                goos: [linux]
                flags: [-trimpath]
              - <<: *base
                id: b
            """);

        Assert.Equal(["a", "b"], config.Builds.Select(b => b.Id));
        Assert.Equal(["-trimpath"], config.Builds[1].Flags);
        Assert.Empty(config.UnknownKeys);
    }

    [Fact]
    public void Every_environment_variable_read_is_listed_with_its_path_and_whether_it_has_a_fallback()
    {
        var config = Read("""
            version: 2
            env:
              - REGISTRY={{ envOrDefault "REGISTRY" "ghcr.io" }}
            brews:
              - repository:
                  owner: acme
                  name: tap
                  token: "{{ .Env.TAP_TOKEN }}"
            release:
              footer: '{{ if isEnvSet "CHANGELOG_URL" }}{{ .Env.CHANGELOG_URL }}{{ end }}'
            """);

        Assert.Equal(
            [("REGISTRY", "env[0]", true), ("TAP_TOKEN", "brews[0].repository.token", false), ("CHANGELOG_URL", "release.footer", false)],
            config.EnvironmentReferences.Select(r => (r.Name, r.Path, r.Optional)));
        Assert.Equal(8, config.EnvironmentReferences[1].Location.Line);
    }

    [Fact]
    public void Version_one_names_are_read()
    {
        var config = Read("""
            archives:
              - format: zip
                replacements: { amd64: x86_64 }
            snapshot:
              name_template: "{{ .Tag }}-next"
            brews:
              - tap: { owner: acme, name: homebrew-tap, token: "{{ .Env.T }}" }
            """);

        Assert.Null(config.Version);
        Assert.Equal(["zip"], config.Archives[0].Formats);
        Assert.Equal("x86_64", config.Archives[0].Replacements["amd64"]);
        Assert.Equal("{{ .Tag }}-next", config.Snapshot.EffectiveTemplate);
        Assert.Equal("acme/homebrew-tap", config.Publishers[0].Repository);
    }

    [Fact]
    public void A_local_include_that_includes_itself_is_an_error()
    {
        var error = Assert.Throws<GoReleaserConfigException>(() => Read("includes:\n  - from_file:\n      path: .goreleaser.yaml\n"));

        Assert.Contains("includes itself", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Locations_point_at_values_for_findings()
    {
        var config = Read("version: 2\nbuilds:\n  - ldflags:\n      - -X main.date={{ .Date }}\n");

        Assert.Equal(new SourceLocation(".goreleaser.yaml", 4, 9), config.LocationOf("builds[0].ldflags[0]"));
        Assert.Equal(new SourceLocation(".goreleaser.yaml", 3, 5), config.LocationOf("builds[0].mod_timestamp"));
    }
}
