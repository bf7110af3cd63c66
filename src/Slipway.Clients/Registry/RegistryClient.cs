using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Slipway.Clients.Http;

namespace Slipway.Clients.Registry;

/// <summary>
/// A small OCI distribution client: ping, manifest existence (HEAD) and manifest download, with anonymous,
/// Basic and Bearer-token authentication and the shared <see cref="RetryHandler"/>. HTTPS unless the host is
/// loopback or <see cref="RegistryClientOptions.Insecure"/> is set. Thread-safe.
/// </summary>
public sealed class RegistryClient : IDisposable
{
    private readonly HttpClient _http;
    private readonly CountingHandler _counter;
    private readonly RegistryClientOptions _options;
    private readonly Lazy<RegistryCredentials?> _credentials;
    private readonly Dictionary<string, (AuthenticationHeaderValue Header, DateTimeOffset Expires)> _tokens = new(StringComparer.Ordinal);
    private readonly Lock _tokensLock = new();
    private AuthenticationHeaderValue? _basic;

    /// <summary>Creates a client for <paramref name="registry"/>: <c>host[:port]</c>, or a URL with an explicit scheme.</summary>
    /// <exception cref="ArgumentException">The address is malformed, or asks for plain HTTP to a non-loopback host without <see cref="RegistryClientOptions.Insecure"/>.</exception>
    public RegistryClient(string registry, RegistryClientOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(registry);
        _options = options ?? new RegistryClientOptions();
        BaseAddress = ResolveBaseAddress(registry, _options.Insecure);
        Host = BaseAddress.Authority;
        _credentials = new(() => _options.Credentials
            ?? (_options.UseDockerConfig ? RegistryCredentials.FromDockerConfig(Host, _options.DockerConfigPath) : null));
        _counter = new CountingHandler(_options.InnerHandler ?? new SocketsHttpHandler());
        _http = new HttpClient(new RetryHandler(_options.Retry, _counter)) { Timeout = Timeout.InfiniteTimeSpan, BaseAddress = BaseAddress };
    }

    /// <summary>The registry's base address (<c>http(s)://host[:port]/</c>).</summary>
    public Uri BaseAddress { get; }

    /// <summary>The registry host and port, as used in image references and the Docker config file.</summary>
    public string Host { get; }

    /// <summary>HTTP requests sent so far (each retry and token request counts).</summary>
    public long RequestCount => _counter.Requests;

    /// <summary>Bytes received so far: bodies plus an estimate of status lines and headers.</summary>
    public long BytesReceived => _counter.BytesReceived;

    /// <summary>Sets <see cref="RequestCount"/> and <see cref="BytesReceived"/> back to zero.</summary>
    public void ResetCounters() => _counter.Reset();

    /// <summary>Checks that the registry speaks the distribution API (<c>GET /v2/</c>), authenticating if asked.</summary>
    public async Task PingAsync(CancellationToken cancellationToken = default)
    {
        using var response = await SendAsync(HttpMethod.Get, "v2/", null, cancellationToken);
        await EnsureSuccessAsync(response, cancellationToken);
    }

    /// <summary>Whether a manifest exists, and its digest, media type and size, without downloading it; null on 404.</summary>
    public async Task<ManifestInfo?> HeadManifestAsync(string repository, string reference, CancellationToken cancellationToken = default)
    {
        using var response = await SendAsync(HttpMethod.Head, ManifestPath(repository, reference), repository, cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        await EnsureSuccessAsync(response, cancellationToken);
        return Info(response, reference, response.Content.Headers.ContentLength ?? 0);
    }

    /// <summary>HEAD for a parsed reference (its registry must be this client's).</summary>
    public Task<ManifestInfo?> HeadManifestAsync(ImageReference image, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(image);
        return HeadManifestAsync(image.Repository, image.Reference, cancellationToken);
    }

    /// <summary>Downloads a manifest; null on 404.</summary>
    public async Task<Manifest?> GetManifestAsync(string repository, string reference, CancellationToken cancellationToken = default)
    {
        using var response = await SendAsync(HttpMethod.Get, ManifestPath(repository, reference), repository, cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        await EnsureSuccessAsync(response, cancellationToken);
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        return new Manifest(Info(response, reference, bytes.LongLength), Encoding.UTF8.GetString(bytes));
    }

    /// <inheritdoc />
    public void Dispose() => _http.Dispose();

    /// <summary>Whether <paramref name="host"/> is <c>localhost</c> or a loopback address (127.0.0.0/8, ::1).</summary>
    public static bool IsLoopback(string host)
    {
        ArgumentNullException.ThrowIfNull(host);
        var bare = host.Trim('[', ']');
        return string.Equals(bare, "localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(bare, out var ip) && IPAddress.IsLoopback(ip));
    }

    private static Uri ResolveBaseAddress(string registry, bool insecure)
    {
        var hasScheme = registry.Contains("://", StringComparison.Ordinal);
        if (!Uri.TryCreate(hasScheme ? registry : "https://" + registry, UriKind.Absolute, out var uri)
            || uri.Scheme is not ("http" or "https") || uri.Host.Length == 0 || uri.AbsolutePath.Trim('/').Length > 0)
        {
            throw new ArgumentException($"Registry address '{registry}' is not valid: expected host[:port] (e.g. 127.0.0.1:5000 or ghcr.io) or http(s)://host[:port].", nameof(registry));
        }

        var loopback = IsLoopback(uri.Host);
        var scheme = hasScheme ? uri.Scheme : loopback || insecure ? "http" : "https";
        if (string.Equals(scheme, "http", StringComparison.Ordinal) && !loopback && !insecure)
        {
            throw new ArgumentException($"Plain HTTP to registry '{uri.Authority}' is refused: it is not a loopback host. Use HTTPS, or set Insecure if you really mean to send requests and credentials unencrypted.", nameof(registry));
        }

        return new UriBuilder(scheme, uri.Host, uri.IsDefaultPort && !hasScheme && !registry.Contains(':', StringComparison.Ordinal) ? -1 : uri.Port).Uri;
    }

    private static string ManifestPath(string repository, string reference)
    {
        ArgumentException.ThrowIfNullOrEmpty(repository);
        ArgumentException.ThrowIfNullOrEmpty(reference);
        return $"v2/{repository}/manifests/{Uri.EscapeDataString(reference)}";
    }

    private static ManifestInfo Info(HttpResponseMessage response, string reference, long size)
    {
        var digest = response.Headers.TryGetValues("Docker-Content-Digest", out var values) ? values.First() : null;
        digest ??= reference.Contains(':', StringComparison.Ordinal) ? reference : "";
        var mediaType = response.Content.Headers.ContentType?.MediaType ?? "";
        return new ManifestInfo(digest, mediaType, size);
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? repository, CancellationToken cancellationToken)
    {
        var scope = repository is null ? "" : $"repository:{repository}:pull";
        var response = await SendOnceAsync(method, path, CachedAuthorization(scope), cancellationToken);
        if (response.StatusCode != HttpStatusCode.Unauthorized && !(response.StatusCode == HttpStatusCode.Forbidden && CachedAuthorization(scope) is null))
        {
            return response;
        }

        var status = response.StatusCode;
        var challenge = AuthChallenge.Select(response.Headers.WwwAuthenticate);
        response.Dispose();
        if (challenge is null)
        {
            throw new RegistryAuthenticationException($"Registry {Host} answered {(int)status} to {method} /{path} without an authentication challenge; check that this account may access {repository ?? "the registry"}.", status);
        }

        var authorization = await AuthorizeAsync(challenge, scope, cancellationToken);
        response = await SendOnceAsync(method, path, authorization, cancellationToken);
        if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
        {
            status = response.StatusCode;
            response.Dispose();
            Forget(scope);
            throw new RegistryAuthenticationException(
                $"Registry {Host} refused {method} /{path} ({(int)status}) with {Describe(challenge)}: {Advice(status, repository)}", status);
        }

        return response;
    }

    private async Task<HttpResponseMessage> SendOnceAsync(HttpMethod method, string path, AuthenticationHeaderValue? authorization, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path);
        foreach (var type in ManifestMediaTypes.All)
        {
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(type));
        }

        request.Headers.Authorization = authorization;
        return await _http.SendAsync(request, cancellationToken);
    }

    private AuthenticationHeaderValue? CachedAuthorization(string scope)
    {
        lock (_tokensLock)
        {
            if (_basic is not null)
            {
                return _basic;
            }

            return _tokens.TryGetValue(scope, out var token) && token.Expires > DateTimeOffset.UtcNow ? token.Header : null;
        }
    }

    private void Forget(string scope)
    {
        lock (_tokensLock)
        {
            _tokens.Remove(scope);
            _basic = null;
        }
    }

    private async Task<AuthenticationHeaderValue> AuthorizeAsync(AuthChallenge challenge, string scope, CancellationToken cancellationToken)
    {
        var credentials = _credentials.Value;
        if (challenge.IsBasic)
        {
            if (credentials is null)
            {
                throw new RegistryAuthenticationException($"Registry {Host} requires a user name and password and none were given: pass RegistryCredentials, or run 'docker login {Host}' so the Docker config file holds them.", HttpStatusCode.Unauthorized);
            }

            var basic = BasicHeader(credentials);
            lock (_tokensLock)
            {
                _basic = basic;
            }

            return basic;
        }

        var realm = challenge.Realm is { } r && Uri.TryCreate(r, UriKind.Absolute, out var realmUri) && realmUri.Scheme is "http" or "https"
            ? realmUri
            : throw new RegistryAuthenticationException($"Registry {Host} sent a Bearer challenge without a usable realm ('{challenge.Realm}').", HttpStatusCode.Unauthorized);
        if (string.Equals(realmUri.Scheme, "http", StringComparison.Ordinal) && !IsLoopback(realmUri.Host) && !_options.Insecure)
        {
            throw new RegistryAuthenticationException($"Registry {Host} points at token service {realm} over plain HTTP; refused because it is not a loopback host (set Insecure to allow it).", HttpStatusCode.Unauthorized);
        }

        var query = new List<string>();
        if (challenge.Service is { } service)
        {
            query.Add("service=" + Uri.EscapeDataString(service));
        }

        var tokenScope = challenge.Scope ?? scope;
        if (tokenScope.Length > 0)
        {
            query.Add("scope=" + Uri.EscapeDataString(tokenScope));
        }

        using var request = new HttpRequestMessage(HttpMethod.Get, new UriBuilder(realm) { Query = string.Join('&', query) }.Uri);
        request.Headers.Authorization = credentials is null ? null : BasicHeader(credentials);
        using var response = await _http.SendAsync(request, cancellationToken);
        if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
        {
            throw new RegistryAuthenticationException(
                $"Token service {realm.GetLeftPart(UriPartial.Path)} for registry {Host} refused {(credentials is null ? "an anonymous token request" : $"the credentials of {credentials}")} ({(int)response.StatusCode}): {Advice(response.StatusCode, null)}",
                response.StatusCode);
        }

        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"Token service {realm.GetLeftPart(UriPartial.Path)} answered {(int)response.StatusCode} {response.ReasonPhrase}.", null, response.StatusCode);
        }

        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        var root = doc.RootElement;
        var token = (root.TryGetProperty("token", out var t) ? t.GetString() : null) is { Length: > 0 } tokenValue
            ? tokenValue
            : root.TryGetProperty("access_token", out var a) && a.GetString() is { Length: > 0 } access
                ? access
                : throw new HttpRequestException($"Token service {realm.GetLeftPart(UriPartial.Path)} answered without 'token' or 'access_token'.");
        var lifetime = root.TryGetProperty("expires_in", out var e) && e.TryGetInt32(out var seconds) && seconds > 0 ? seconds : 60;
        var header = new AuthenticationHeaderValue("Bearer", token);
        lock (_tokensLock)
        {
            // Renew a little early so a token never expires between check and use.
            _tokens[scope] = (header, DateTimeOffset.UtcNow.AddSeconds(lifetime * 0.9));
        }

        return header;
    }

    private static AuthenticationHeaderValue BasicHeader(RegistryCredentials credentials) =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{credentials.Username}:{credentials.Password}")));

    private string Describe(AuthChallenge challenge)
    {
        var credentials = _credentials.Value;
        var who = credentials is null ? "no credentials (anonymous)" : $"the credentials of {credentials}";
        return challenge.IsBearer ? $"a Bearer token obtained with {who}" : who;
    }

    private string Advice(HttpStatusCode status, string? repository) => status == HttpStatusCode.Forbidden
        ? $"the account is known but may not access {repository ?? "this resource"}; ask for access or use another account."
        : $"check the user name and password (or token), e.g. run 'docker login {Host}' again or pass other RegistryCredentials.";

    private async Task EnsureSuccessAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        var body = response.RequestMessage?.Method == HttpMethod.Head ? "" : await response.Content.ReadAsStringAsync(cancellationToken);
        var detail = body.Trim();
        try
        {
            using var doc = JsonDocument.Parse(body);
            if (doc.RootElement.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array && errors.GetArrayLength() > 0)
            {
                var first = errors[0];
                detail = string.Create(CultureInfo.InvariantCulture, $"{(first.TryGetProperty("code", out var c) ? c.GetString() : "")}: {(first.TryGetProperty("message", out var m) ? m.GetString() : "")}");
            }
        }
        catch (JsonException)
        {
            // Not the registry's JSON error format: keep the raw text.
        }

        throw new HttpRequestException(
            $"Registry {Host} answered {(int)response.StatusCode} {response.ReasonPhrase} to {response.RequestMessage?.Method} {response.RequestMessage?.RequestUri?.AbsolutePath}{(detail.Length > 0 ? ": " + detail : "")}",
            null,
            response.StatusCode);
    }
}
