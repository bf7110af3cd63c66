using Slipway.Clients.GoReleaser;
using Slipway.Clients.GoReleaser.Configuration;
using Slipway.Clients.Tests.Example;
using Xunit;

namespace Slipway.Clients.Tests.GoReleaser.Configuration;

/// <summary>This repository's .goreleaser.yaml derives the contract its hand-written release-contract.json held before it was generated.</summary>
public sealed class ThisRepositoryContractTests
{
    // The content of the hand-written release-contract.json this repository committed before the contract was derived.
    private const string HandWritten = """
        {
          "projectName": "sumcheck",
          "binaries": ["sumcheck"],
          "platforms": [
            { "goos": "linux", "goarch": "amd64" }, { "goos": "linux", "goarch": "arm64" },
            { "goos": "darwin", "goarch": "amd64" }, { "goos": "darwin", "goarch": "arm64" },
            { "goos": "windows", "goarch": "amd64" }, { "goos": "windows", "goarch": "arm64" }
          ],
          "archive": { "namePattern": "{project}_{version}_{goos}_{goarch}.{format}", "format": "tar.gz", "formatOverrides": { "windows": "zip" } },
          "checksum": { "algorithm": "sha256", "namePattern": "{project}_{version}_checksums.txt" },
          "ldflags": { "main.version": "{version}", "main.commit": "{commit}", "main.date": "*" }
        }
        """;

    [Fact]
    public void Derived_contract_equals_the_hand_written_one_in_every_field_it_had()
    {
        var derived = ReleaseContractDeriver.Derive(GoReleaserConfigReader.Read(GoTool.RepositoryRoot));
        var expected = ReleaseContract.Parse(HandWritten);

        Assert.Equal(expected.ProjectName, derived.ProjectName);
        Assert.Equal(expected.Binaries, derived.Binaries);
        Assert.Equal(expected.Platforms, derived.Platforms);
        Assert.Equal(expected.Archive.NamePattern, derived.Archive.NamePattern);
        Assert.Null(derived.Archive.Names);
        Assert.Equal(expected.Archive.Format, derived.Archive.Format);
        Assert.Equal(expected.Archive.FormatOverrides, derived.Archive.FormatOverrides);
        Assert.Equal(expected.Checksum, derived.Checksum);
        Assert.Equal(expected.LinkerVariables.OrderBy(v => v.Key), derived.LinkerVariables.OrderBy(v => v.Key));
        Assert.Null(derived.Unresolved);
    }

    [Fact]
    public void Committed_contract_is_the_captured_derivation()
    {
        var config = GoReleaserConfigReader.Read(GoTool.RepositoryRoot);

        Assert.Equal(ReleaseContractDocument.ContractJson(ReleaseContractDeriver.Derive(config)),
            File.ReadAllText(Path.Combine(GoTool.RepositoryRoot, "release-contract.json")));
    }
}
