using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Slipway.Clients.Registry;

namespace Slipway.Clients.Docker;

/// <summary>
/// A small client for the Docker Engine API over a Unix socket or TCP: images (build, inspect, tag, push, pull,
/// import, remove) and containers (create, start, wait, logs, remove, run). The API version is negotiated once:
/// the lower of the daemon's and <see cref="MaxApiVersion"/>.
/// </summary>
public sealed class DockerClient : IDisposable
{
    /// <summary>The newest Engine API version this client speaks.</summary>
    public static readonly Version MaxApiVersion = new(1, 45);

    private readonly HttpClient _http;
    private readonly SemaphoreSlim _versionLock = new(1, 1);
    private Version? _apiVersion;

    /// <summary>Creates a client for <paramref name="endpoint"/> (from the environment when null).</summary>
    public DockerClient(DockerEndpoint? endpoint = null)
    {
        Endpoint = endpoint ?? DockerEndpoint.FromEnvironment();
        _http = new HttpClient(Endpoint.CreateHandler()) { BaseAddress = Endpoint.BaseAddress, Timeout = Timeout.InfiniteTimeSpan };
    }

    /// <summary>The daemon endpoint.</summary>
    public DockerEndpoint Endpoint { get; }

    /// <summary>Checks that the daemon answers <c>GET /_ping</c>.</summary>
    /// <exception cref="DockerUnreachableException">Nothing answers at the endpoint.</exception>
    public async Task PingAsync(CancellationToken cancellationToken = default)
    {
        using var response = await SendRawAsync(HttpMethod.Get, "/_ping", null, null, cancellationToken);
        await EnsureSuccessAsync(response, "ping", cancellationToken);
    }

    /// <summary>The negotiated API version (asks the daemon once).</summary>
    public async Task<Version> GetApiVersionAsync(CancellationToken cancellationToken = default)
    {
        if (_apiVersion is { } known)
        {
            return known;
        }

        await _versionLock.WaitAsync(cancellationToken);
        try
        {
            if (_apiVersion is null)
            {
                using var response = await SendRawAsync(HttpMethod.Get, "/version", null, null, cancellationToken);
                await EnsureSuccessAsync(response, "version", cancellationToken);
                using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
                var server = Version.Parse(doc.RootElement.GetProperty("ApiVersion").GetString()!);
                _apiVersion = server < MaxApiVersion ? server : MaxApiVersion;
            }

            return _apiVersion;
        }
        finally
        {
            _versionLock.Release();
        }
    }

    /// <summary>
    /// Builds an image from a context directory (streamed as tar, honouring <c>.dockerignore</c>) and returns its id.
    /// Build output lines go to <paramref name="progress"/>.
    /// </summary>
    /// <exception cref="DockerApiException">The build failed; the daemon's message is kept verbatim.</exception>
    public async Task<string> BuildImageAsync(ImageBuildOptions options, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var writer = new BuildContextWriter(options.ContextDirectory, options.Dockerfile);
        var query = new List<(string, string)> { ("dockerfile", options.Dockerfile.Replace('\\', '/')), ("rm", "1"), ("forcerm", "1") };
        query.AddRange(options.Tags.Select(t => ("t", t)));
        if (options.BuildArgs.Count > 0)
        {
            query.Add(("buildargs", JsonSerializer.Serialize(options.BuildArgs)));
        }

        if (options.Labels.Count > 0)
        {
            query.Add(("labels", JsonSerializer.Serialize(options.Labels)));
        }

        if (options.Target is { Length: > 0 } target)
        {
            query.Add(("target", target));
        }

        if (options.NoCache)
        {
            query.Add(("nocache", "1"));
        }

        var content = new StreamingContent(writer.WriteAsync);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-tar");
        string? imageId = null;
        await SendStreamAsync(HttpMethod.Post, "/build", query, content, null, "build image", progress, message =>
        {
            if (message.TryGetProperty("aux", out var aux) && aux.ValueKind == JsonValueKind.Object && aux.TryGetProperty("ID", out var id))
            {
                imageId = id.GetString();
            }
        }, cancellationToken);
        return imageId ?? throw new DockerApiException("build image", null, "the daemon finished the build without reporting an image id");
    }

    /// <summary>Inspects a local image; null when the daemon does not have it.</summary>
    public async Task<ImageInspection?> InspectImageAsync(string image, CancellationToken cancellationToken = default)
    {
        using var response = await SendAsync(HttpMethod.Get, $"/images/{Escape(image)}/json", null, null, null, cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        await EnsureSuccessAsync(response, $"inspect image {image}", cancellationToken);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        var root = doc.RootElement;
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        if (root.TryGetProperty("Config", out var config) && config.ValueKind == JsonValueKind.Object
            && config.TryGetProperty("Labels", out var l) && l.ValueKind == JsonValueKind.Object)
        {
            foreach (var p in l.EnumerateObject())
            {
                labels[p.Name] = p.Value.GetString() ?? "";
            }
        }

        return new ImageInspection(root.GetProperty("Id").GetString()!, root.GetProperty("Size").GetInt64(), labels, Strings(root, "RepoTags"), Strings(root, "RepoDigests"));
    }

    /// <summary>Tags <paramref name="image"/> as <paramref name="repository"/>:<paramref name="tag"/>.</summary>
    public async Task TagImageAsync(string image, string repository, string tag, CancellationToken cancellationToken = default)
    {
        using var response = await SendAsync(HttpMethod.Post, $"/images/{Escape(image)}/tag", [("repo", repository), ("tag", tag)], null, null, cancellationToken);
        await EnsureSuccessAsync(response, $"tag image {image} as {repository}:{tag}", cancellationToken);
    }

    /// <summary>Pushes <paramref name="repository"/>:<paramref name="tag"/> and returns the digest the registry stored.</summary>
    /// <exception cref="DockerApiException">The push failed (the daemon's message is kept verbatim).</exception>
    public async Task<string> PushImageAsync(string repository, string tag, RegistryCredentials? credentials = null, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        string? digest = null;
        await SendStreamAsync(HttpMethod.Post, $"/images/{Escape(repository)}/push", [("tag", tag)], null, RegistryAuth(repository, credentials), $"push {repository}:{tag}", progress, message =>
        {
            if (message.TryGetProperty("aux", out var aux) && aux.ValueKind == JsonValueKind.Object && aux.TryGetProperty("Digest", out var d))
            {
                digest = d.GetString();
            }
        }, cancellationToken);
        return digest ?? throw new DockerApiException($"push {repository}:{tag}", null, "the daemon finished the push without reporting a digest");
    }

    /// <summary>Pulls <paramref name="repository"/>:<paramref name="tag"/> through the daemon.</summary>
    public Task PullImageAsync(string repository, string tag, RegistryCredentials? credentials = null, IProgress<string>? progress = null, CancellationToken cancellationToken = default) =>
        SendStreamAsync(HttpMethod.Post, "/images/create", [("fromImage", repository), ("tag", tag)], null, RegistryAuth(repository, credentials), $"pull {repository}:{tag}", progress, null, cancellationToken);

    /// <summary>Creates an image from a root filesystem tar (like <c>docker import</c>) and tags it.</summary>
    public async Task<string> ImportImageAsync(Stream rootfsTar, string repository, string tag, CancellationToken cancellationToken = default)
    {
        var content = new StreamContent(rootfsTar);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-tar");
        string? id = null;
        await SendStreamAsync(HttpMethod.Post, "/images/create", [("fromSrc", "-"), ("repo", repository), ("tag", tag)], content, null, $"import {repository}:{tag}", null, message =>
        {
            if (message.TryGetProperty("status", out var s) && s.GetString() is { } status && status.StartsWith("sha256:", StringComparison.Ordinal))
            {
                id = status;
            }
        }, cancellationToken);
        return id ?? throw new DockerApiException($"import {repository}:{tag}", null, "the daemon did not report an image id");
    }

    /// <summary>Removes a local image; returns false when it did not exist.</summary>
    public async Task<bool> RemoveImageAsync(string image, bool force = false, CancellationToken cancellationToken = default)
    {
        using var response = await SendAsync(HttpMethod.Delete, $"/images/{Escape(image)}", [("force", force ? "1" : "0")], null, null, cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return false;
        }

        await EnsureSuccessAsync(response, $"remove image {image}", cancellationToken);
        return true;
    }

    /// <summary>Creates a container and returns its id.</summary>
    public async Task<string> CreateContainerAsync(ContainerSpec spec, string? name = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var body = new JsonObject
        {
            ["Image"] = spec.Image,
            ["Tty"] = false,
            ["AttachStdout"] = true,
            ["AttachStderr"] = true,
            ["Env"] = new JsonArray([.. spec.Environment.Select(kv => JsonValue.Create($"{kv.Key}={kv.Value}"))]),
            ["Labels"] = new JsonObject(spec.Labels.Select(kv => KeyValuePair.Create(kv.Key, (JsonNode?)kv.Value))),
            ["HostConfig"] = new JsonObject { ["Binds"] = new JsonArray([.. spec.Binds.Select(b => JsonValue.Create(b))]) },
        };
        if (spec.Command.Count > 0)
        {
            body["Cmd"] = new JsonArray([.. spec.Command.Select(c => JsonValue.Create(c))]);
        }

        if (spec.WorkingDirectory is { } wd)
        {
            body["WorkingDir"] = wd;
        }

        using var content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        using var response = await SendAsync(HttpMethod.Post, "/containers/create", name is null ? null : [("name", name)], content, null, cancellationToken);
        await EnsureSuccessAsync(response, $"create container from {spec.Image}", cancellationToken);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        return doc.RootElement.GetProperty("Id").GetString()!;
    }

    /// <summary>Starts a created container.</summary>
    public async Task StartContainerAsync(string containerId, CancellationToken cancellationToken = default)
    {
        using var response = await SendAsync(HttpMethod.Post, $"/containers/{Escape(containerId)}/start", null, null, null, cancellationToken);
        await EnsureSuccessAsync(response, $"start container {containerId}", cancellationToken);
    }

    /// <summary>Waits for a container to stop and returns its exit code.</summary>
    public async Task<long> WaitContainerAsync(string containerId, CancellationToken cancellationToken = default)
    {
        using var response = await SendAsync(HttpMethod.Post, $"/containers/{Escape(containerId)}/wait", null, null, null, cancellationToken);
        await EnsureSuccessAsync(response, $"wait for container {containerId}", cancellationToken);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        if (doc.RootElement.TryGetProperty("Error", out var error) && error.ValueKind == JsonValueKind.Object
            && error.TryGetProperty("Message", out var m) && m.GetString() is { Length: > 0 } message)
        {
            throw new DockerApiException($"wait for container {containerId}", null, message);
        }

        return doc.RootElement.GetProperty("StatusCode").GetInt64();
    }

    /// <summary>Reads a (non-TTY) container's stdout and stderr so far.</summary>
    public async Task<ContainerOutput> GetContainerLogsAsync(string containerId, CancellationToken cancellationToken = default)
    {
        using var response = await SendAsync(HttpMethod.Get, $"/containers/{Escape(containerId)}/logs", [("stdout", "1"), ("stderr", "1")], null, null, cancellationToken);
        await EnsureSuccessAsync(response, $"read logs of container {containerId}", cancellationToken);
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        return await ContainerStreamDemultiplexer.ReadAsync(stream, cancellationToken);
    }

    /// <summary>Removes a container (killing it if running); returns false when it did not exist.</summary>
    public async Task<bool> RemoveContainerAsync(string containerId, CancellationToken cancellationToken = default)
    {
        using var response = await SendAsync(HttpMethod.Delete, $"/containers/{Escape(containerId)}", [("force", "1"), ("v", "1")], null, null, cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return false;
        }

        await EnsureSuccessAsync(response, $"remove container {containerId}", cancellationToken);
        return true;
    }

    /// <summary>Runs <paramref name="command"/> in a new container from <paramref name="image"/>, waits, collects its output and removes it.</summary>
    public Task<ContainerRunResult> RunAsync(string image, IReadOnlyList<string> command, CancellationToken cancellationToken = default) =>
        RunAsync(new ContainerSpec { Image = image, Command = command }, cancellationToken);

    /// <summary>Runs a container described by <paramref name="spec"/>, waits, collects its output and removes it.</summary>
    public async Task<ContainerRunResult> RunAsync(ContainerSpec spec, CancellationToken cancellationToken = default)
    {
        var id = await CreateContainerAsync(spec, null, cancellationToken);
        try
        {
            await StartContainerAsync(id, cancellationToken);
            var exitCode = await WaitContainerAsync(id, cancellationToken);
            return new ContainerRunResult(exitCode, await GetContainerLogsAsync(id, cancellationToken));
        }
        finally
        {
            await RemoveContainerAsync(id, CancellationToken.None);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _http.Dispose();
        _versionLock.Dispose();
    }

    private static string[] Strings(JsonElement root, string property) =>
        root.TryGetProperty(property, out var array) && array.ValueKind == JsonValueKind.Array
            ? [.. array.EnumerateArray().Select(e => e.GetString() ?? "")]
            : [];

    private static string Escape(string segment) => Uri.EscapeDataString(segment).Replace("%2F", "/", StringComparison.Ordinal);

    // X-Registry-Auth: base64url JSON; the daemon wants the header even for anonymous pushes.
    private static string RegistryAuth(string repository, RegistryCredentials? credentials)
    {
        var json = credentials is null
            ? "{}"
            : JsonSerializer.Serialize(new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["username"] = credentials.Username,
                ["password"] = credentials.Password,
                ["serveraddress"] = ImageReference.Parse(repository).Registry,
            });
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    private async Task SendStreamAsync(HttpMethod method, string path, IEnumerable<(string, string)>? query, HttpContent? content, string? registryAuth,
        string operation, IProgress<string>? progress, Action<JsonElement>? onMessage, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(method, path, query, content, registryAuth, cancellationToken);
        await EnsureSuccessAsync(response, operation, cancellationToken);
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        await DockerJsonStream.ReadAsync(body, operation, progress, onMessage, cancellationToken);
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, IEnumerable<(string, string)>? query, HttpContent? content, string? registryAuth, CancellationToken cancellationToken)
    {
        var version = await GetApiVersionAsync(cancellationToken);
        return await SendRawAsync(method, $"/v{version.ToString(2)}{path}{QueryString(query)}", content, registryAuth, cancellationToken);
    }

    private async Task<HttpResponseMessage> SendRawAsync(HttpMethod method, string pathAndQuery, HttpContent? content, string? registryAuth, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, pathAndQuery) { Content = content };
        if (registryAuth is not null)
        {
            request.Headers.Add("X-Registry-Auth", registryAuth);
        }

        try
        {
            return await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        }
        catch (HttpRequestException ex) when (ex.InnerException is SocketException or IOException || ex.HttpRequestError == HttpRequestError.ConnectionError)
        {
            throw new DockerUnreachableException(Endpoint, ex);
        }
    }

    private static string QueryString(IEnumerable<(string Key, string Value)>? query) =>
        query is null ? "" : "?" + string.Join('&', query.Select(q => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(q.Value)}"));

    private static async Task EnsureSuccessAsync(HttpResponseMessage response, string operation, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        var message = body.Trim();
        try
        {
            using var doc = JsonDocument.Parse(body);
            if (doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("message", out var m))
            {
                message = m.GetString() ?? message;
            }
        }
        catch (JsonException)
        {
            // Not JSON (e.g. a proxy's error page): keep the raw text.
        }

        throw new DockerApiException(operation, response.StatusCode, message.Length > 0 ? message : response.ReasonPhrase ?? "");
    }

    /// <summary>Request content written by a callback as it is sent (the build context tar), never buffered whole.</summary>
    private sealed class StreamingContent(Func<Stream, CancellationToken, Task> write) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => write(stream, CancellationToken.None);

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken) => write(stream, cancellationToken);

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
