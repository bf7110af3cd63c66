using Slipway.Components.Release;
using Xunit;

namespace Slipway.Components.Tests.Release;

public sealed class SnapshotVersionsTests
{
    private const string Sha = "A1B2C3D4E5F60718293a4b5c6d7e8f9012345678";

    [Theory]
    [InlineData("main", "main")]
    [InlineData("feature/Faster_Builds", "feature-faster-builds")]
    [InlineData("--release/1.x--", "release-1-x")]
    [InlineData("///", "ref")]
    public void Slug_follows_GitLab_ref_slugs(string reference, string slug) => Assert.Equal(slug, SnapshotVersions.Slug(reference));

    [Fact]
    public void Slug_is_at_most_63_characters() => Assert.Equal(63, SnapshotVersions.Slug(new string('a', 80)).Length);

    [Fact]
    public void Branch_builds_get_slug_and_8_characters_of_the_commit() =>
        Assert.Equal("feature-x-a1b2c3d4", SnapshotVersions.For(GitHub(("GITHUB_REF_NAME", "feature/x"), ("GITHUB_SHA", Sha))));

    [Theory]
    [InlineData("v1.2.3", "1.2.3")]
    [InlineData("1.2.3", "1.2.3")]
    [InlineData("vnext", "vnext")]
    public void Tags_keep_their_version(string tag, string version) =>
        Assert.Equal(version, SnapshotVersions.For(GitHub(("GITHUB_REF_TYPE", "tag"), ("GITHUB_REF_NAME", tag), ("GITHUB_SHA", Sha))));

    [Fact]
    public void An_unknown_commit_leaves_the_version_to_GoReleaser() => Assert.Null(SnapshotVersions.For(GitHub(("GITHUB_REF_NAME", "main"))));

    [Theory]
    [InlineData("GITHUB_EVENT_NAME", "pull_request", true)]
    [InlineData("GITHUB_EVENT_NAME", "pull_request_target", true)]
    [InlineData("GITHUB_EVENT_NAME", "push", false)]
    [InlineData("CI_PIPELINE_SOURCE", "merge_request_event", true)]
    [InlineData("CI_PIPELINE_SOURCE", "push", false)]
    [InlineData("CI_MERGE_REQUEST_IID", "12", true)]
    public void Pull_and_merge_requests_are_detected(string name, string value, bool expected)
    {
        var environment = new Dictionary<string, string> { [name] = value };
        Assert.Equal(expected, name.StartsWith("GITHUB_", StringComparison.Ordinal) ? new GitHubActionsHost(environment).IsPullRequest : new GitLabCiHost(environment).IsPullRequest);
    }

    private static GitHubActionsHost GitHub(params (string Key, string Value)[] values) =>
        new(values.ToDictionary(v => v.Key, v => v.Value));
}
