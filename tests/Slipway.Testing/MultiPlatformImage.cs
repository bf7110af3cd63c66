using System.Formats.Tar;
using System.IO.Compression;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Slipway.Testing;

/// <summary>
/// A two-platform image (linux/amd64, linux/arm64) pushed straight over the distribution API with HttpClient, as
/// <c>docker buildx imagetools</c> would leave it: per platform a gzipped layer, a config and a manifest, then an
/// index over both. <see cref="ImageFormat.Oci"/> writes OCI media types and an image index;
/// <see cref="ImageFormat.Docker"/> writes schema 2 manifests and a manifest list. Authenticates to every
/// <see cref="LocalRegistry"/> flavour (Basic, or a push token from its <see cref="TokenServer"/>).
/// </summary>
public sealed class MultiPlatformImage
{
    private static readonly (string Os, string Architecture, string? Variant)[] Platforms = [("linux", "amd64", null), ("linux", "arm64", "v8")];

    private MultiPlatformImage(PushedManifest index, IReadOnlyList<PushedManifest> platformManifests)
    {
        Index = index;
        PlatformManifests = platformManifests;
    }

    /// <summary>The index or manifest list the tag points at.</summary>
    public PushedManifest Index { get; }

    /// <summary>The per-platform manifests the index lists, amd64 first.</summary>
    public IReadOnlyList<PushedManifest> PlatformManifests { get; }

    /// <summary>Pushes the image as <paramref name="repository"/>:<paramref name="tag"/> to <paramref name="registry"/>.</summary>
    public static async Task<MultiPlatformImage> PushAsync(LocalRegistry registry, string repository, string tag, ImageFormat format, CancellationToken cancellationToken = default)
    {
        using var http = new HttpClient { BaseAddress = registry.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Authorization = await AuthorizationAsync(registry, repository, cancellationToken);
        var oci = format == ImageFormat.Oci;
        var manifests = new List<PushedManifest>();
        foreach (var (os, architecture, variant) in Platforms)
        {
            var (layer, diffId) = Layer($"{os}/{architecture}");
            var config = Json(new JsonObject
            {
                ["architecture"] = architecture,
                ["os"] = os,
                ["config"] = new JsonObject { ["Entrypoint"] = new JsonArray("/usr/local/bin/app") },
                ["rootfs"] = new JsonObject { ["type"] = "layers", ["diff_ids"] = new JsonArray(diffId) },
            });
            await PushBlobAsync(http, repository, layer, cancellationToken);
            await PushBlobAsync(http, repository, config, cancellationToken);
            var manifest = Json(new JsonObject
            {
                ["schemaVersion"] = 2,
                ["mediaType"] = oci ? MediaTypes.OciManifest : MediaTypes.DockerManifest,
                ["config"] = Descriptor(oci ? "application/vnd.oci.image.config.v1+json" : "application/vnd.docker.container.image.v1+json", config),
                ["layers"] = new JsonArray(Descriptor(oci ? "application/vnd.oci.image.layer.v1.tar+gzip" : "application/vnd.docker.image.rootfs.diff.tar.gzip", layer)),
            });
            var pushed = await PushManifestAsync(http, repository, Digest(manifest), manifest, oci ? MediaTypes.OciManifest : MediaTypes.DockerManifest, cancellationToken);
            manifests.Add(pushed);
        }

        var entries = new JsonArray();
        for (var i = 0; i < Platforms.Length; i++)
        {
            var entry = Descriptor(manifests[i].MediaType, manifests[i].Bytes);
            var platform = new JsonObject { ["architecture"] = Platforms[i].Architecture, ["os"] = Platforms[i].Os };
            if (Platforms[i].Variant is { } v)
            {
                platform["variant"] = v;
            }

            entry["platform"] = platform;
            entries.Add(entry);
        }

        var indexType = oci ? MediaTypes.OciIndex : MediaTypes.DockerManifestList;
        var index = Json(new JsonObject { ["schemaVersion"] = 2, ["mediaType"] = indexType, ["manifests"] = entries });
        return new MultiPlatformImage(await PushManifestAsync(http, repository, tag, index, indexType, cancellationToken), manifests);
    }

    private static async Task<AuthenticationHeaderValue?> AuthorizationAsync(LocalRegistry registry, string repository, CancellationToken cancellationToken)
    {
        var basic = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{LocalRegistry.Username}:{LocalRegistry.Password}")));
        switch (registry.Mode)
        {
            case RegistryAuthMode.Basic:
                return basic;
            case RegistryAuthMode.Token:
                using (var tokens = new HttpClient())
                {
                    var scope = Uri.EscapeDataString($"repository:{repository}:pull,push");
                    using var request = new HttpRequestMessage(HttpMethod.Get, $"{registry.TokenServer!.Realm}?service={TokenServer.Service}&scope={scope}");
                    request.Headers.Authorization = basic;
                    using var response = await tokens.SendAsync(request, cancellationToken);
                    response.EnsureSuccessStatusCode();
                    using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
                    return new AuthenticationHeaderValue("Bearer", body.RootElement.GetProperty("token").GetString());
                }

            default:
                return null;
        }
    }

    // One file in a gzipped tar, different per platform; the diff id is the digest of the uncompressed tar.
    private static (byte[] Gzipped, string DiffId) Layer(string platform)
    {
        using var tar = new MemoryStream();
        using (var writer = new TarWriter(tar, TarEntryFormat.Pax, leaveOpen: true))
        {
            var entry = new PaxTarEntry(TarEntryType.RegularFile, "usr/local/bin/app")
            {
                DataStream = new MemoryStream(Encoding.UTF8.GetBytes($"#!/bin/sh\necho built for {platform}\n")),
                Mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute,
                ModificationTime = DateTimeOffset.UnixEpoch,
            };
            writer.WriteEntry(entry);
        }

        using var gzipped = new MemoryStream();
        using (var gzip = new GZipStream(gzipped, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(tar.ToArray());
        }

        return (gzipped.ToArray(), Digest(tar.ToArray()));
    }

    private static async Task PushBlobAsync(HttpClient http, string repository, byte[] blob, CancellationToken cancellationToken)
    {
        using var start = await http.PostAsync($"v2/{repository}/blobs/uploads/", null, cancellationToken);
        await EnsureAsync(start, System.Net.HttpStatusCode.Accepted, cancellationToken);
        var location = start.Headers.Location ?? throw new InvalidOperationException("The registry started an upload without a Location.");
        var url = new Uri(http.BaseAddress!, location);
        var separator = url.Query.Length > 0 ? "&" : "?";
        using var content = new ByteArrayContent(blob);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        using var finish = await http.PutAsync(new Uri(url + separator + "digest=" + Uri.EscapeDataString(Digest(blob))), content, cancellationToken);
        await EnsureAsync(finish, System.Net.HttpStatusCode.Created, cancellationToken);
    }

    private static async Task<PushedManifest> PushManifestAsync(HttpClient http, string repository, string reference, byte[] manifest, string mediaType, CancellationToken cancellationToken)
    {
        using var content = new ByteArrayContent(manifest);
        content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        using var response = await http.PutAsync($"v2/{repository}/manifests/{reference}", content, cancellationToken);
        await EnsureAsync(response, System.Net.HttpStatusCode.Created, cancellationToken);
        var digest = Digest(manifest);
        var answered = response.Headers.TryGetValues("Docker-Content-Digest", out var values) ? values.Single() : null;
        return answered == digest
            ? new PushedManifest(digest, mediaType, manifest)
            : throw new InvalidOperationException($"The registry stored {reference} as {answered}, not {digest}.");
    }

    private static async Task EnsureAsync(HttpResponseMessage response, System.Net.HttpStatusCode expected, CancellationToken cancellationToken)
    {
        if (response.StatusCode != expected)
        {
            throw new InvalidOperationException(
                $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}");
        }
    }

    private static JsonObject Descriptor(string mediaType, byte[] content) =>
        new() { ["mediaType"] = mediaType, ["digest"] = Digest(content), ["size"] = content.Length };

    private static byte[] Json(JsonObject value) => Encoding.UTF8.GetBytes(value.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));

    private static string Digest(byte[] content) => "sha256:" + Convert.ToHexStringLower(SHA256.HashData(content));

    /// <summary>The manifest media types this helper writes (kept here so the tests do not take them from the client under test).</summary>
    public static class MediaTypes
    {
        /// <summary>OCI image index.</summary>
        public const string OciIndex = "application/vnd.oci.image.index.v1+json";

        /// <summary>OCI image manifest.</summary>
        public const string OciManifest = "application/vnd.oci.image.manifest.v1+json";

        /// <summary>Docker manifest list.</summary>
        public const string DockerManifestList = "application/vnd.docker.distribution.manifest.list.v2+json";

        /// <summary>Docker image manifest, schema 2.</summary>
        public const string DockerManifest = "application/vnd.docker.distribution.manifest.v2+json";
    }
}
