using System.Text;
using Slipway.Clients.Registry;
using Slipway.Testing;
using Xunit;
using MediaTypes = Slipway.Testing.MultiPlatformImage.MediaTypes;

namespace Slipway.Clients.Tests.Registry;

/// <summary>
/// HEAD and GET of multi-platform images on the real registry: an OCI image index and a Docker manifest list, each
/// over two platform manifests, pushed blob by blob over HTTP.
/// </summary>
[Collection(TestCollections.Docker)]
public sealed class MultiPlatformManifestTests(RegistryFixture registries)
{
    private static readonly RegistryCredentials Good = new(LocalRegistry.Username, LocalRegistry.Password);

    public static TheoryData<ImageFormat, string, string> Formats => new()
    {
        { ImageFormat.Oci, MediaTypes.OciIndex, MediaTypes.OciManifest },
        { ImageFormat.Docker, MediaTypes.DockerManifestList, MediaTypes.DockerManifest },
    };

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task Head_of_the_tag_finds_the_index_with_its_media_type_digest_and_size(ImageFormat format, string indexType, string manifestType)
    {
        var (repository, image) = await PushAsync(registries.Open, format);
        using var client = new RegistryClient(registries.Open.Host);

        Assert.Equal(Expected(image.Index, indexType), await client.HeadManifestAsync(repository, "1.4.2"));
        Assert.Equal(1, client.RequestCount);
        Assert.All(image.PlatformManifests, m => Assert.Equal(manifestType, m.MediaType));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task Head_by_digest_finds_the_index_and_each_platform_manifest(ImageFormat format, string indexType, string manifestType)
    {
        var (repository, image) = await PushAsync(registries.Open, format);
        using var client = new RegistryClient(registries.Open.Host);

        foreach (var (pushed, type) in image.PlatformManifests.Select(m => (m, manifestType)).Prepend((image.Index, indexType)))
        {
            Assert.Equal(Expected(pushed, type), await client.HeadManifestAsync(repository, pushed.Digest));
        }
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task Get_returns_the_index_exactly_as_pushed(ImageFormat format, string indexType, string manifestType)
    {
        var (repository, image) = await PushAsync(registries.Open, format);
        using var client = new RegistryClient(registries.Open.Host);

        var manifest = await client.GetManifestAsync(repository, "1.4.2");

        Assert.Equal(Expected(image.Index, indexType), manifest!.Info);
        Assert.Equal(Encoding.UTF8.GetString(image.Index.Bytes), manifest.Json);
        Assert.All(image.PlatformManifests, m => Assert.Contains(m.Digest, manifest.Json, StringComparison.Ordinal));
        Assert.NotEqual(indexType, manifestType);
    }

    [Theory]
    [InlineData(RegistryAuthMode.Basic, ImageFormat.Oci)]
    [InlineData(RegistryAuthMode.Token, ImageFormat.Docker)]
    public async Task Head_finds_a_multi_platform_image_behind_authentication(RegistryAuthMode mode, ImageFormat format)
    {
        var registry = mode == RegistryAuthMode.Basic ? registries.Basic : registries.Token;
        var (repository, image) = await PushAsync(registry, format);
        using var client = new RegistryClient(registry.Host, new RegistryClientOptions { Credentials = Good });

        var info = await client.HeadManifestAsync(repository, "1.4.2");

        Assert.Equal(image.Index.Digest, info!.Digest);
        Assert.Equal(image.Index.MediaType, info.MediaType);
    }

    // The media type is the one the test expects, not the one the helper pushed, so a mix-up shows.
    private static ManifestInfo Expected(PushedManifest pushed, string mediaType) => new(pushed.Digest, mediaType, pushed.Bytes.Length);

    // A fresh repository per test, so tests never see each other's tags.
    private static async Task<(string Repository, MultiPlatformImage Image)> PushAsync(LocalRegistry registry, ImageFormat format)
    {
        var repository = $"acme/sumcheck-{format.ToString().ToLowerInvariant()}-{Guid.NewGuid().ToString("N")[..8]}";
        return (repository, await MultiPlatformImage.PushAsync(registry, repository, "1.4.2", format));
    }
}
