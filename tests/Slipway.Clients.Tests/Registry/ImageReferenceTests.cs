using Slipway.Clients.Registry;
using Xunit;

namespace Slipway.Clients.Tests.Registry;

public sealed class ImageReferenceTests
{
    [Theory]
    [InlineData("127.0.0.1:5000/team/ci:tag", "127.0.0.1:5000", "team/ci", "tag", null)]
    [InlineData("localhost/app", "localhost", "app", null, null)]
    [InlineData("ghcr.io/org/sub/app:v1.2.3", "ghcr.io", "org/sub/app", "v1.2.3", null)]
    [InlineData("busybox", "docker.io", "library/busybox", null, null)]
    [InlineData("team/app:latest", "docker.io", "team/app", "latest", null)]
    [InlineData("[::1]:5000/a/b:c", "[::1]:5000", "a/b", "c", null)]
    [InlineData("r.example:443/a@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", "r.example:443", "a", null, "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef")]
    public void Parses(string value, string registry, string repository, string? tag, string? digest)
    {
        var reference = ImageReference.Parse(value);
        Assert.Equal(registry, reference.Registry);
        Assert.Equal(repository, reference.Repository);
        Assert.Equal(tag, reference.Tag);
        Assert.Equal(digest, reference.Digest);
        Assert.Equal(digest ?? tag ?? "latest", reference.Reference);
    }

    [Theory]
    [InlineData("127.0.0.1:5000/team/ci:-bad", "tag '-bad'")]
    [InlineData("127.0.0.1:5000/Team/ci:tag", "component 'Team'")]
    [InlineData("127.0.0.1:5000/team//ci", "component ''")]
    [InlineData("127.0.0.1:5000/", "repository path is empty")]
    [InlineData("r.io/a@sha256:short", "digest 'sha256:short'")]
    public void Rejects_with_the_input_and_the_rule(string value, string why)
    {
        var ex = Assert.Throws<FormatException>(() => ImageReference.Parse(value));
        Assert.Contains($"'{value}'", ex.Message, StringComparison.Ordinal);
        Assert.Contains(why, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Tag_length_limit_is_128()
    {
        Assert.True(ImageReference.IsValidTag(new string('a', 128)));
        Assert.False(ImageReference.IsValidTag(new string('a', 129)));
        Assert.False(ImageReference.TryParse("r.io/a:" + new string('a', 129), out _));
    }
}
