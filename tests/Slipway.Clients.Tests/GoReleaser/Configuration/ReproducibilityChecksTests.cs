using Slipway.Clients.Diagnostics;
using Slipway.Clients.GoReleaser.Configuration;
using Slipway.Clients.GoReleaser.Configuration.Reproducibility;
using Slipway.Clients.Tests.Example;
using Xunit;

namespace Slipway.Clients.Tests.GoReleaser.Configuration;

public sealed class ReproducibilityChecksTests
{
    private static IReadOnlyList<Finding> Check(string fixture)
    {
        using var project = ConfigurationFixtures.Copy(fixture);
        return ReproducibilityChecks.Check(GoReleaserConfigReader.Read(project.Path));
    }

    [Fact]
    public void This_repository_is_reproducible()
    {
        Assert.Empty(ReproducibilityChecks.Check(GoReleaserConfigReader.Read(GoTool.RepositoryRoot)));
    }

    [Fact]
    public void Each_cause_is_a_warning_at_its_line_naming_the_fix()
    {
        var findings = Check("multi-build-ignore");

        Assert.All(findings, f => Assert.Equal(FindingSeverity.Warning, f.Severity));
        Assert.Equal(
            [(ReproducibilityRules.BuildTimeInLdflags, 28), (ReproducibilityRules.NoTrimpath, 32), (ReproducibilityRules.NoModTimestamp, 32),
             (ReproducibilityRules.ArchiveFilesWithoutMtime, 52), (ReproducibilityRules.ArchiveFilesWithoutMtime, 53), (ReproducibilityRules.ArchiveFilesWithoutMtime, 54)],
            findings.Select(f => (f.Rule!, f.Line!.Value)));
        Assert.Contains("builds[0].ldflags[2] uses {{ .Date }}", findings[0].Message, StringComparison.Ordinal);
        Assert.Contains("{{ .CommitDate }}", findings[0].Message, StringComparison.Ordinal);
        Assert.Contains("add flags: [-trimpath]", findings[1].Message, StringComparison.Ordinal);
        Assert.Contains("mod_timestamp: \"{{ .CommitTimestamp }}\"", findings[2].Message, StringComparison.Ordinal);
        Assert.Equal(".goreleaser.yml", findings[0].File);
    }

    [Fact]
    public void The_build_clock_in_labels_and_now_in_ldflags_are_found()
    {
        var findings = Check("anchors-dockerhub");

        Assert.Contains(findings, f => f.Rule == ReproducibilityRules.BuildTimeInLdflags && f.Message.Contains("{{ .Now }}", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Rule == ReproducibilityRules.BuildTimeInLabels && f.Message.StartsWith("dockers[0].build_flag_templates[0] uses {{ .Date }}", StringComparison.Ordinal));
        Assert.Contains(Check("dockers-v2-sbom-signs"), f => f.Rule == ReproducibilityRules.BuildTimeInLabels && f.Message.StartsWith("dockers_v2[0].labels.org.opencontainers.image.created", StringComparison.Ordinal));
    }

    [Fact]
    public void No_ldflags_means_goreleasers_default_which_embeds_the_date()
    {
        Assert.Contains(Check("v1-legacy"), f => f.Rule == ReproducibilityRules.BuildTimeInLdflags && f.Message.Contains("GoReleaser's default", StringComparison.Ordinal));
    }

    [Fact]
    public void Fixed_mtimes_pass()
    {
        Assert.DoesNotContain(Check("publishers-many"), f => f.Rule is ReproducibilityRules.ArchiveFilesWithoutMtime or ReproducibilityRules.BuildTimeInArchiveInfo);
    }
}
