using Slipway.Clients.GoReleaser;
using Slipway.Clients.GoReleaser.Configuration;
using Slipway.Clients.GoReleaser.Configuration.Publishing;
using Xunit;

namespace Slipway.Clients.Tests.GoReleaser.Configuration;

/// <summary>
/// Named expectations on the fixtures. Archive and checksum names are checked against GoReleaser v2's documented default
/// templates by hand (GoReleaser itself cannot run here): these are stand-ins for a real GoReleaser run.
/// </summary>
public sealed class ConfigurationShapeTests
{
    private static (ReleaseContract Contract, PublishingNeeds Needs, GoReleaserConfig Config) Load(string fixture)
    {
        using var project = ConfigurationFixtures.Copy(fixture);
        var config = GoReleaserConfigReader.Read(project.Path);
        return (ReleaseContractDeriver.Derive(config), PublishingNeeds.For(config), config);
    }

    [Theory]
    [InlineData("multi-build-ignore", "linux", "arm", "7", null, "tar.gz", "fleet_1.4.0_linux_armv7.tar.gz")]
    [InlineData("multi-build-ignore", "windows", "amd64", null, null, "zip", "fleet_1.4.0_windows_amd64.zip")]
    [InlineData("monorepo-dir", "linux", "amd64", null, "v3", "tar.gz", "berth-api_1.4.0_linux_amd64_v3.tar.gz")]
    [InlineData("v1-legacy", "darwin", "amd64", null, null, "tar.gz", "quill_1.4.0_Darwin_x86_64.tar.gz")]
    [InlineData("v1-legacy", "windows", "386", null, null, "zip", "quill_1.4.0_Windows_i386.zip")]
    [InlineData("dockers-manifests-brews", "darwin", "arm64", null, null, "tar.gz", "tidewatch_1.4.0_Darwin_arm64.tar.gz")]
    [InlineData("targets-binary-gitea", "windows", "amd64", null, null, "binary", "pebble_1.4.0_windows_amd64.exe")]
    [InlineData("targets-binary-gitea", "linux", "arm", "6", null, "binary", "pebble_1.4.0_linux_armv6")]
    [InlineData("anchors-dockerhub", "linux", "arm64", null, null, "tar.gz", "quarry-1.4.0-linux-arm64.tar.gz")]
    public void Archive_names_follow_the_configured_or_default_template(string fixture, string goos, string goarch, string? goarm, string? goamd64, string format, string expected)
    {
        var (contract, _, _) = Load(fixture);
        var platform = new ReleasePlatform(goos, goarch) { Goarm = goarm, Goamd64 = goamd64 };

        Assert.Contains(platform, contract.Platforms);
        Assert.Equal(expected, contract.ArchiveName(contract.Archive, "1.4.0", "v1.4.0", platform, format));
    }

    [Theory]
    [InlineData("multi-build-ignore", "fleet_1.4.0_checksums.txt", "sha512")]
    [InlineData("targets-binary-gitea", "pebble_v1.4.0_checksums.txt", "sha256")]
    [InlineData("v1-legacy", "checksums.txt", "sha256")]
    [InlineData("anchors-dockerhub", "quarry-1.4.0-SHA256SUMS", "sha256")]
    public void Checksum_file_names_follow_the_template(string fixture, string expected, string algorithm)
    {
        var (contract, _, _) = Load(fixture);

        Assert.Equal(expected, contract.ChecksumsFileName("1.4.0", "v1.4.0"));
        Assert.Equal(algorithm, contract.Checksum.Algorithm);
    }

    [Fact]
    public void Default_build_covers_goreleasers_default_matrix_without_darwin_386()
    {
        var (contract, _, _) = Load("v1-legacy");

        Assert.Equal(["linux/amd64", "linux/arm64", "linux/386", "darwin/amd64", "darwin/arm64", "windows/amd64", "windows/arm64", "windows/386"],
            contract.Platforms.Select(p => p.Key));
        Assert.Equal("goreleaser", contract.LinkerVariables["main.builtBy"]);
        Assert.Equal(ReleaseContract.AnyValue, contract.LinkerVariables["main.date"]);
    }

    [Fact]
    public void Ignore_and_goarm_shape_each_builds_platforms()
    {
        var (contract, _, _) = Load("multi-build-ignore");

        var builds = contract.Builds!.ToDictionary(b => b.Id, b => b.Platforms);
        Assert.Equal(["linux/amd64", "linux/arm64", "linux/arm/v6", "linux/arm/v7", "darwin/amd64", "darwin/arm64"], builds["fleetd"]);
        Assert.DoesNotContain("windows/arm64", builds["fleetctl"]);
        Assert.Equal(["fleetctl"], contract.BinariesFor(new ReleasePlatform("windows", "amd64")));
    }

    [Fact]
    public void Dockers_with_manifests_on_ghcr_and_a_tap_need_buildx_the_ghcr_login_and_the_tap_token_only()
    {
        var (contract, needs, _) = Load("dockers-manifests-brews");

        Assert.True(needs.NeedsBuildx);
        Assert.True(needs.NeedsDockerDaemon);
        var login = Assert.Single(needs.Registries);
        Assert.Equal(("ghcr.io", RegistryKind.GitHubContainerRegistry, "GITHUB_TOKEN", true), (login.Host, login.Kind, login.PasswordSecret, login.NeedsPackagesWrite));
        Assert.Equal(["HOMEBREW_TAP_TOKEN"], needs.Secrets);
        Assert.Equal("HOMEBREW_TAP_TOKEN", Assert.Single(needs.RepositoryTokens).Variable);
        Assert.Empty(needs.QemuPlatforms);
        Assert.False(needs.NeedsSyft || needs.NeedsCosign || needs.NeedsPro);
        Assert.Equal(("GITHUB_TOKEN", (string?)null), (needs.Scm.TokenVariable, needs.Scm.ForceToken));
        Assert.Equal(["ghcr.io/tidewatch-dev/tidewatch:{version}", "ghcr.io/tidewatch-dev/tidewatch:latest"], contract.Manifests!.Select(m => m.Name));
        Assert.Equal("linux/arm64", contract.Images![1].Platforms.Single());
    }

    [Fact]
    public void A_gitlab_release_needs_gitlab_token_alone_and_the_gitlab_registry_login()
    {
        var (_, needs, _) = Load("gitlab-release");

        Assert.Equal((ScmKind.GitLab, "GITLAB_TOKEN", (string?)null), (needs.Scm.Kind, needs.Scm.TokenVariable, needs.Scm.ForceToken));
        Assert.Equal(["GITLAB_TOKEN"], needs.Secrets);
        var login = Assert.Single(needs.Registries);
        Assert.Equal(("$CI_REGISTRY", RegistryKind.GitLabContainerRegistry, "CI_REGISTRY_USER", "CI_REGISTRY_PASSWORD"), (login.Host, login.Kind, login.UsernameSecret, login.PasswordSecret));
        Assert.Equal(["linux/arm64"], needs.QemuPlatforms);
    }

    [Fact]
    public void A_gitlab_release_with_a_github_tap_forces_the_gitlab_token()
    {
        var (_, needs, _) = Load("gitlab-release-github-tap");

        Assert.Equal(("GITLAB_TOKEN", "gitlab"), (needs.Scm.TokenVariable, needs.Scm.ForceToken));
        Assert.Equal(["GITHUB_TOKEN"], needs.Scm.OtherTokensRead);
        Assert.Equal(["GITHUB_TOKEN", "GITLAB_TOKEN"], needs.Secrets);
    }

    [Fact]
    public void Qemu_follows_the_dockerfile_not_the_platform_list()
    {
        Assert.Equal(["linux/arm64", "linux/arm/v7"], Load("dockers-v2-sbom-signs").Needs.QemuPlatforms);
        Assert.Empty(Load("multi-registry-extra-files").Needs.QemuPlatforms); // RUN only in a $BUILDPLATFORM stage.
        Assert.Empty(Load("kos-krew").Needs.QemuPlatforms);
    }

    [Fact]
    public void Sboms_and_signs_need_syft_and_cosign_keyless_signing_and_cosign_env_keys_are_secrets()
    {
        var (_, needs, _) = Load("dockers-v2-sbom-signs");

        Assert.True(needs.NeedsSyft && needs.NeedsCosign && needs.CosignKeyless);
        Assert.Equal(["COSIGN_PASSWORD", "COSIGN_PRIVATE_KEY"], needs.Secrets);
        Assert.Equal(["syft", "cosign"], needs.Snapshot.Tools);
    }

    [Fact]
    public void Image_names_without_a_host_are_docker_hub_and_other_registries_get_named_secrets()
    {
        Assert.Equal(RegistryKind.DockerHub, Assert.Single(Load("anchors-dockerhub").Needs.Registries).Kind);
        var registries = Load("multi-registry-extra-files").Needs.Registries;
        Assert.Equal(["ghcr.io", "quay.io", "docker.io"], registries.Select(r => r.Host));
        Assert.Equal(("QUAY_IO_USERNAME", "QUAY_IO_PASSWORD"), (registries[1].UsernameSecret, registries[1].PasswordSecret));
    }

    [Fact]
    public void Extra_files_missing_from_the_repository_must_be_produced_by_an_earlier_step_and_hook_tools_are_listed()
    {
        var needs = Load("multi-registry-extra-files").Needs;

        Assert.Equal(["web/dist"], needs.FilesToProduce);
        Assert.Equal(["npm"], needs.HookTools);
        Assert.Empty(Load("dockers-manifests-brews").Needs.FilesToProduce);
    }

    [Fact]
    public void Publishers_name_their_own_tokens_and_a_missing_one_is_warned()
    {
        var needs = Load("publishers-many").Needs;

        Assert.Equal(["TAP_GITHUB_TOKEN", "TAP_GITHUB_TOKEN", "GITHUB_TOKEN", "WINGET_GITHUB_TOKEN", "AUR_SSH_PRIVATE_KEY"], needs.RepositoryTokens.Select(t => t.Variable));
        Assert.True(needs.RepositoryTokens[^1].Ssh);
        Assert.Contains("nix[0] pushes to tessera-tools/nur", Assert.Single(needs.Warnings), StringComparison.Ordinal);
    }

    [Fact]
    public void Enabled_announcers_need_the_credentials_they_read_from_the_environment()
    {
        var needs = Load("publishers-many").Needs;

        Assert.Equal(["announce.slack.enabled"], needs.Environment.Single(v => v.Name == "SLACK_WEBHOOK").Paths);
        Assert.Contains("SLACK_WEBHOOK", needs.Secrets);
        Assert.DoesNotContain(needs.Environment, v => v.Name.StartsWith("DISCORD_", StringComparison.Ordinal));
    }

    [Fact]
    public void Pro_configurations_are_recognised_with_their_reasons_and_remote_includes_are_unresolved()
    {
        var (contract, needs, config) = Load("includes-pro");

        Assert.True(needs.NeedsPro);
        Assert.Contains(PublishingNeeds.ProKeyVariable, needs.Secrets);
        Assert.Equal(["pro: true", "the schema modeline names schema-pro.json", "the Pro-only section includes", "the Pro-only section nightly"], needs.ProReasons);
        Assert.Equal([".goreleaser.yaml", "config/builds.yaml"], config.Files);
        Assert.Equal("relay", contract.ProjectName); // The including file wins over its include.
        Assert.Equal(["linux/amd64", "linux/arm64", "darwin/amd64", "darwin/arm64"], contract.Platforms.Select(p => p.Key)); // Builds come from the include.
        Assert.Contains("includes.from_url acme-corp/goreleaser-shared/main/announce.yaml is not read offline", Assert.Single(contract.Unresolved!), StringComparison.Ordinal);
    }

    [Fact]
    public void Kos_need_no_docker_daemon_for_the_release_but_a_ghcr_login()
    {
        var needs = Load("kos-krew").Needs;

        Assert.False(needs.NeedsDockerDaemon || needs.NeedsBuildx);
        Assert.Equal("ghcr.io", Assert.Single(needs.Registries).Host);
        Assert.Equal(["ko"], needs.Snapshot.SkipWithoutDocker);
    }

    [Fact]
    public void A_disabled_release_needs_no_scm_token_and_a_skipped_build_builds_nothing()
    {
        var (_, needs, config) = Load("monorepo-dir");

        Assert.True(needs.Scm.Disabled);
        Assert.Empty(needs.Secrets);
        Assert.Equal("build/dist", config.Dist);
        Assert.Equal(["quarry", "quarry-migrate"], Load("anchors-dockerhub").Contract.Binaries);
    }

    [Fact]
    public void A_gitea_release_needs_gitea_token()
    {
        var needs = Load("targets-binary-gitea").Needs;

        Assert.Equal(("GITEA_TOKEN", "release.gitea"), (needs.Scm.TokenVariable, needs.Scm.KindSource));
        Assert.Equal(["GITEA_TOKEN", "GPG_FINGERPRINT"], needs.Secrets);
        Assert.Equal(["gpg"], needs.Tools);
    }

    [Fact]
    public void Templates_only_a_release_knows_are_unresolved_never_guessed()
    {
        var (contract, _, _) = Load("multi-registry-extra-files");

        Assert.Equal(["dockers_v2[0].tags[1]: the field .Major has no value offline"], contract.Unresolved);
        Assert.Equal(["beaconhq/beacon:{version}", "ghcr.io/beacon-hq/beacon:{version}", "quay.io/beacon/beacon:{version}"], contract.Images![0].Images);
    }
}
