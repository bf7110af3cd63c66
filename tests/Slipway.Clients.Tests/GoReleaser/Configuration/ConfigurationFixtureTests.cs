using System.Text.Json.Nodes;
using Slipway.Clients.GoReleaser;
using Slipway.Clients.GoReleaser.Configuration;
using Slipway.Clients.GoReleaser.Configuration.Publishing;
using Xunit;

namespace Slipway.Clients.Tests.GoReleaser.Configuration;

/// <summary>Every fixture project derives its expected contract and publishing needs (see Configurations/README.md).</summary>
public sealed class ConfigurationFixtureTests
{
    public static TheoryData<string> Fixtures => [.. ConfigurationFixtures.Names];

    [Fact]
    public void There_are_at_least_twelve_fixtures()
    {
        Assert.True(ConfigurationFixtures.Names.Count >= 12, string.Join(", ", ConfigurationFixtures.Names));
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Fixture_derives_its_expected_contract(string name)
    {
        using var project = ConfigurationFixtures.Copy(name);
        var actual = ReleaseContractDocument.ContractJson(ReleaseContractDeriver.Derive(GoReleaserConfigReader.Read(project.Path)));

        AssertSameJson(ConfigurationFixtures.Expected(name, "expected-contract.json", actual), actual);
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Fixture_has_its_expected_publishing_needs(string name)
    {
        using var project = ConfigurationFixtures.Copy(name);
        var actual = ReleaseContractDocument.PublishingJson(PublishingNeeds.ForProject(project.Path));

        AssertSameJson(ConfigurationFixtures.Expected(name, "expected-needs.json", actual.Replace(project.Path, "<project>", StringComparison.Ordinal)),
            actual.Replace(project.Path, "<project>", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Expected_contract_parses_back(string name)
    {
        var contract = ReleaseContract.Load(Path.Combine(ConfigurationFixtures.SourceDirectory, name, "expected-contract.json"));

        Assert.NotEmpty(contract.Platforms);
    }

    private static void AssertSameJson(string expected, string actual)
    {
        if (!JsonNode.DeepEquals(JsonNode.Parse(expected), JsonNode.Parse(actual)))
        {
            Assert.Equal(expected, actual); // Shows the first difference.
        }
    }
}
