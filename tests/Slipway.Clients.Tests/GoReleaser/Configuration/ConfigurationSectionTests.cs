using Slipway.Clients.GoReleaser.Configuration;
using Xunit;

namespace Slipway.Clients.Tests.GoReleaser.Configuration;

/// <summary>Values of the sections the reader models that neither the contract nor the needs show, read from the fixtures.</summary>
public sealed class ConfigurationSectionTests
{
    private static GoReleaserConfig Read(string fixture)
    {
        using var project = ConfigurationFixtures.Copy(fixture);
        return GoReleaserConfigReader.Read(project.Path);
    }

    [Fact]
    public void Builds_archives_and_packages()
    {
        var monorepo = Read("monorepo-dir");
        Assert.Equal((".config/goreleaser.yml", "services/api", "./cmd/api", "berth-api"), (monorepo.File!, monorepo.Builds[0].Dir!, monorepo.Builds[0].Main!, monorepo.Builds[0].Binary!));
        Assert.Equal(["v1", "v3"], monorepo.Builds[0].Goamd64);
        Assert.Equal("true", monorepo.Archives[0].WrapInDirectory);
        Assert.Equal(["berth-api"], monorepo.Archives[0].Ids);
        Assert.Equal(["deb", "rpm"], monorepo.Nfpms[0].Formats);
        Assert.Equal("{{ incpatch .Version }}-next", monorepo.Snapshot.EffectiveTemplate);

        var fleet = Read("multi-build-ignore");
        Assert.Equal(["netgo", "osusergo"], fleet.Builds[0].Tags);
        Assert.Equal(["CGO_ENABLED=0"], fleet.Builds[0].Env);
        Assert.Equal(new BuildIgnore("darwin", "arm", null, null, null), fleet.Builds[0].Ignore[0]);
        Assert.Equal(("completions/*", "completions"), (fleet.Archives[0].Files[2].Source, fleet.Archives[0].Files[2].Destination!));
        Assert.Equal(["go mod tidy", "make completions"], fleet.BeforeHooks);

        Assert.True(Read("anchors-dockerhub").Builds[2].IsSkipped);
        Assert.Equal(["v8.0"], Read("dockers-v2-sbom-signs").Builds[0].Goarm64);
        Assert.Equal(["go_first_class"], Read("targets-binary-gitea").Builds[0].Targets);
    }

    [Fact]
    public void Docker_sections()
    {
        var tidewatch = Read("dockers-manifests-brews");
        Assert.Equal(("buildx", "Dockerfile.release", "linux/arm64"), (tidewatch.Dockers[1].Use, tidewatch.Dockers[1].Dockerfile, tidewatch.Dockers[1].Platform));
        Assert.Equal(["config/tidewatch.example.yaml"], tidewatch.Dockers[1].ExtraFiles); // From the anchor, through the merge key.
        Assert.Equal("{{ .ProjectName }}", tidewatch.Dockers[0].Labels["org.opencontainers.image.title"]);
        Assert.Equal(["CGO_ENABLED=0"], tidewatch.Env);
        Assert.Equal("auto", tidewatch.Release.Prerelease);

        Assert.Equal("auto", Read("anchors-dockerhub").Dockers[0].SkipPush);
        var beacon = Read("multi-registry-extra-files").DockersV2[0];
        Assert.Equal("false", beacon.Sbom);
        Assert.Equal(["web/dist"], beacon.ExtraFiles);
        Assert.Equal("{{ .Version }}", Read("dockers-v2-sbom-signs").DockersV2[0].BuildArgs["VERSION"]);
        Assert.Equal(["ghcr.io/prune-dev/kubectl-prune"], Read("kos-krew").Kos[0].Repositories);
    }

    [Fact]
    public void Publishers_signs_and_sboms()
    {
        var sentinel = Read("dockers-v2-sbom-signs");
        Assert.Equal([("signs", "cosign", "checksum"), ("docker_signs", "cosign", "manifests")], sentinel.Signs.Select(s => (s.Section, s.Command, s.Artifacts!)));
        Assert.Equal(("syft", "archive"), (sentinel.Sboms[0].Command, sentinel.Sboms[0].Artifacts));
        Assert.Equal(("binary_signs", "gpg", "binary"), (Read("targets-binary-gitea").Signs[0].Section, Read("targets-binary-gitea").Signs[0].Command, Read("targets-binary-gitea").Signs[0].Artifacts!));

        var tessera = Read("publishers-many");
        Assert.Equal(["homebrew_casks", "scoops", "nix", "winget", "aurs"], tessera.Publishers.Select(p => p.Section));
        Assert.Equal("ssh://aur@aur.archlinux.org/tessera-bin.git", tessera.Publishers[^1].GitUrl);
        Assert.Empty(tessera.UnknownKeys);
        Assert.Equal(ScmKind.GitLab, Read("gitlab-release").Release.Kind);
    }
}
