using Slipway.Components.Prerelease;
using Slipway.Components.Release;
using Xunit;

namespace Slipway.Components.Tests.Prerelease;

/// <summary>Tags of pre-releases (branch slug and sha8), the marker in their notes, and which ones pruning deletes.</summary>
public sealed class PrereleaseNamingTests
{
    private const string Sha = "A1B2C3D4E5F60718293a4b5c6d7e8f9012345678";

    [Theory]
    [InlineData("feature/new-auth", "feature-new-auth-a1b2c3d4")]
    [InlineData("main", "main-a1b2c3d4")]
    [InlineData("Fix/Ünïcode_&_Spaces", "fix--n-code---spaces-a1b2c3d4")]
    [InlineData("release/1.x/", "release-1-x-a1b2c3d4")]
    public void Branches_become_tag_safe_slugs_with_the_short_commit(string branch, string tag) => Assert.Equal(tag, SnapshotVersions.ForBranch(branch, Sha));

    [Fact]
    public void A_long_branch_is_cut_to_63_characters_without_a_trailing_dash()
    {
        var tag = SnapshotVersions.ForBranch(new string('a', 62) + "/tail", Sha);

        Assert.Equal(new string('a', 62) + "-a1b2c3d4", tag); // the cut falls after the '-', which is dropped
        Assert.Matches("^[a-z0-9]([a-z0-9-]*[a-z0-9])?$", tag);
    }

    [Fact]
    public void A_commit_shorter_than_eight_characters_is_refused() =>
        Assert.Throws<ArgumentException>(() => SnapshotVersions.ForBranch("main", "abc"));

    [Theory]
    [InlineData("feature/new-auth")]
    [InlineData("odd-->branch")]
    [InlineData("weird name with > and %")]
    public void The_marker_round_trips_any_branch_name_inside_an_html_comment(string branch)
    {
        var marker = new PrereleaseMarker(branch, Sha);
        var rendered = marker.Render();

        Assert.Equal(marker, PrereleaseMarker.Find("notes\n\n" + rendered + "\n"));
        Assert.Equal(1, rendered.Split("-->").Length - 1); // only the comment's own end
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Release notes written by hand")]
    [InlineData("<!-- slipway-prerelease branch=main -->")]
    public void Notes_without_a_whole_marker_have_none(string? notes) => Assert.Null(PrereleaseMarker.Find(notes));

    [Fact]
    public void Pruning_keeps_the_newest_per_branch_drops_old_and_orphaned_ones_and_ignores_what_is_not_Slipways()
    {
        var now = new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);
        HostedPrerelease Release(string tag, string branch, double daysAgo, bool prerelease = true, bool marked = true) =>
            new(tag, marked ? new PrereleaseMarker(branch, Sha).Render() : "by hand", now.AddDays(-daysAgo), prerelease);
        var releases = new[]
        {
            Release("a1", "feature/a", 0.1), Release("a2", "feature/a", 0.2), Release("a3", "feature/a", 0.3), Release("a4", "feature/a", 0.4),
            Release("old", "feature/b", 7.5), Release("young", "feature/b", 6.9),
            Release("orphan", "feature/gone", 0.1),
            Release("manual", "feature/a", 30, marked: false), Release("promoted", "feature/a", 30, prerelease: false),
        };

        var plan = PrunePlan.Decide(releases, new HashSet<string>(["feature/a", "feature/b"], StringComparer.Ordinal), keep: 3, TimeSpan.FromDays(7), now);

        Assert.Equal(["a4", "old", "orphan"], plan.Select(d => d.Release.Tag));
        Assert.Equal("3 newer pre-release(s) of 'feature/a' are kept", plan[0].Reason);
        Assert.Equal("7.5 days old, over the 7-day limit", plan[1].Reason);
        Assert.Equal("branch 'feature/gone' no longer exists", plan[2].Reason);
    }
}
