using Slipway.Components.Packages;
using Xunit;

namespace Slipway.Components.Tests.Packages;

public sealed class PackVersionTests
{
    [Fact]
    public void An_explicit_version_wins_over_the_tag() =>
        Assert.Equal(
            new Dictionary<string, string> { ["Version"] = "1.2.3-beta.1", [PackVersion.VersionOverrideProperty] = "1.2.3-beta.1" },
            PackVersion.Properties("1.2.3-beta.1", "main", "v1.0.0"));

    [Fact]
    public void On_a_tag_MinVer_takes_the_version_from_it() =>
        Assert.Empty(PackVersion.Properties(null, null, "v1.2.3"));

    [Fact]
    public void Off_a_tag_the_pre_release_carries_the_branch_slug() =>
        Assert.Equal("alpha.0.feature-new-auth", PackVersion.Properties(null, "feature/New_Auth", null)[PackVersion.PreReleaseIdentifiersProperty]);

    [Fact]
    public void An_all_digit_branch_becomes_an_identifier_SemVer_allows() =>
        Assert.Equal("alpha.0.b0042", PackVersion.Properties(null, "0042", null)[PackVersion.PreReleaseIdentifiersProperty]);

    [Theory]
    [InlineData("1.2")]
    [InlineData("v1.2.3")]
    [InlineData("1.2.3-")]
    [InlineData("1.2.3-beta..1")]
    [InlineData("1.2.3-beta_1")]
    public void A_version_NuGet_refuses_is_a_clear_error(string version)
    {
        var error = Assert.Throws<BuildConfigurationException>(() => PackVersion.Properties(version, "main", null));
        Assert.Contains($"--package-version '{version}' is not a version NuGet accepts", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1.2.3")]
    [InlineData("1.2.3-rc.1+build.5")]
    [InlineData("10.0.0-alpha-2")]
    public void Versions_NuGet_accepts_pass(string version) =>
        Assert.Equal(version, PackVersion.Properties(version, null, null)["Version"]);
}
