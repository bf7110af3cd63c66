using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;

namespace Slipway.Testing;

/// <summary>
/// A registry token service on 127.0.0.1 for the token-auth registry flavour: answers
/// <c>GET /token?service=&amp;scope=</c> with an RS256 JWT (<c>x5c</c> header holding the signing certificate,
/// claims <c>iss</c>, <c>aud</c>=service, <c>access</c>) that Debian's docker-registry verifies against the
/// certificate in its <c>rootcertbundle</c>. Valid Basic credentials get the requested actions; anonymous requests
/// get a token granting nothing; wrong credentials get 401.
/// </summary>
public sealed class TokenServer : IAsyncDisposable
{
    /// <summary>The issuer the registry is configured to trust.</summary>
    public const string Issuer = "slipway-test-issuer";

    /// <summary>The service name the registry announces.</summary>
    public const string Service = "slipway-test-registry";

    private readonly RSA _key;
    private readonly string _certificateBase64;
    private readonly LoopbackHttpServer _server;
    private readonly ConcurrentQueue<LoopbackRequest> _requests = new();

    private TokenServer(string certificatePem, string keyPem, string username, string password)
    {
        _key = RSA.Create();
        _key.ImportFromPem(keyPem);
        _certificateBase64 = Convert.ToBase64String(X509Certificate2.CreateFromPem(certificatePem).RawData);
        Username = username;
        Password = password;
        _server = new LoopbackHttpServer(HandleAsync);
    }

    /// <summary>The user the service accepts.</summary>
    public string Username { get; }

    /// <summary>That user's password.</summary>
    public string Password { get; }

    /// <summary>The realm URL for the registry configuration.</summary>
    public Uri Realm => new(_server.BaseAddress, "/token");

    /// <summary>Token requests received so far.</summary>
    public IReadOnlyList<LoopbackRequest> Requests => [.. _requests];

    /// <summary>Answer with <c>access_token</c> instead of <c>token</c> (both forms exist in the wild).</summary>
    public bool UseAccessTokenField { get; set; }

    /// <summary>Token lifetime announced in <c>expires_in</c> (0 leaves it out, meaning the 60 s default).</summary>
    public int ExpiresInSeconds { get; set; } = 300;

    /// <summary>Makes a self-signed signing certificate with openssl in <paramref name="directory"/> and starts the service.</summary>
    public static TokenServer Start(string directory, string username, string password)
    {
        var cert = Path.Combine(directory, "token-cert.pem");
        var key = Path.Combine(directory, "token-key.pem");
        ExternalTool.Run("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert, "-days", "2", "-subj", "/CN=slipway-test-token-signer");
        return new TokenServer(File.ReadAllText(cert), File.ReadAllText(key), username, password);
    }

    /// <summary>Path the registry's <c>rootcertbundle</c> should name, relative to the directory given to <see cref="Start"/>.</summary>
    public const string CertificateFileName = "token-cert.pem";

    private async Task HandleAsync(LoopbackRequest request, System.Net.Sockets.Socket socket, Stream stream, CancellationToken clientGone)
    {
        _requests.Enqueue(request);
        var query = ParseQuery(request.Target);
        var authorization = request.Header("Authorization");
        string subject;
        if (authorization is null)
        {
            subject = "";
        }
        else if (authorization == "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Username}:{Password}")))
        {
            subject = Username;
        }
        else
        {
            await LoopbackHttpServer.WriteTextAsync(stream, 401, """{"details":"invalid credentials"}""", "application/json", new KeyValuePair<string, string>("WWW-Authenticate", "Basic realm=\"slipway-token\""));
            return;
        }

        var access = new List<object>();
        if (subject.Length > 0 && query.TryGetValue("scope", out var scope))
        {
            foreach (var item in scope.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var first = item.IndexOf(':', StringComparison.Ordinal);
                var last = item.LastIndexOf(':');
                if (first > 0 && last > first)
                {
                    access.Add(new { type = item[..first], name = item[(first + 1)..last], actions = item[(last + 1)..].Split(',') });
                }
            }
        }

        var jwt = Sign(subject, query.GetValueOrDefault("service") ?? Service, access);
        var body = new Dictionary<string, object>(StringComparer.Ordinal) { [UseAccessTokenField ? "access_token" : "token"] = jwt };
        if (ExpiresInSeconds > 0)
        {
            body["expires_in"] = ExpiresInSeconds;
        }

        await LoopbackHttpServer.WriteTextAsync(stream, 200, JsonSerializer.Serialize(body));
    }

    private string Sign(string subject, string audience, List<object> access)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var header = JsonSerializer.Serialize(new { typ = "JWT", alg = "RS256", x5c = new[] { _certificateBase64 } });
        var claims = JsonSerializer.Serialize(new
        {
            iss = Issuer,
            sub = subject,
            aud = audience,
            exp = now + 300,
            nbf = now - 10,
            iat = now,
            jti = Guid.NewGuid().ToString("N"),
            access,
        });
        var signingInput = $"{Base64Url(Encoding.UTF8.GetBytes(header))}.{Base64Url(Encoding.UTF8.GetBytes(claims))}";
        var signature = _key.SignData(Encoding.ASCII.GetBytes(signingInput), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return $"{signingInput}.{Base64Url(signature)}";
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static Dictionary<string, string> ParseQuery(string target)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var q = target.IndexOf('?', StringComparison.Ordinal);
        if (q < 0)
        {
            return result;
        }

        foreach (var pair in target[(q + 1)..].Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            var key = Uri.UnescapeDataString(eq < 0 ? pair : pair[..eq]);
            var value = eq < 0 ? "" : Uri.UnescapeDataString(pair[(eq + 1)..].Replace('+', ' '));
            // Several scope parameters are joined, as the distribution token spec allows.
            result[key] = result.TryGetValue(key, out var existing) ? existing + " " + value : value;
        }

        return result;
    }

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        _key.Dispose();
    }
}
