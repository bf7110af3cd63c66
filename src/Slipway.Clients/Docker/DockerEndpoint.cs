using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;

namespace Slipway.Clients.Docker;

/// <summary>
/// Where the Docker daemon listens: a Unix socket or a TCP address, optionally with TLS client certificates,
/// parsed the way the docker CLI reads <c>DOCKER_HOST</c>, <c>DOCKER_TLS_VERIFY</c> and <c>DOCKER_CERT_PATH</c>.
/// </summary>
public sealed record DockerEndpoint
{
    /// <summary>The daemon's default socket on Linux.</summary>
    public const string DefaultHost = "unix:///var/run/docker.sock";

    private const string AcceptedForms = "accepted forms are unix:///path/to/docker.sock and tcp://host:port";

    private DockerEndpoint(string host, string? socketPath, Uri? tcpAddress, bool useTls, bool verifyTls, string? certPath)
    {
        Host = host;
        SocketPath = socketPath;
        TcpAddress = tcpAddress;
        UseTls = useTls;
        VerifyTls = verifyTls;
        CertPath = certPath;
    }

    /// <summary>The value as given, e.g. <c>unix:///var/run/docker.sock</c>.</summary>
    public string Host { get; }

    /// <summary>The Unix socket path, or null for TCP.</summary>
    public string? SocketPath { get; }

    /// <summary>The HTTP(S) base address for TCP, or null for a Unix socket.</summary>
    public Uri? TcpAddress { get; }

    /// <summary>Whether TLS is used (TCP only).</summary>
    public bool UseTls { get; }

    /// <summary>Whether the daemon's certificate is verified against <c>ca.pem</c>.</summary>
    public bool VerifyTls { get; }

    /// <summary>Directory holding <c>ca.pem</c>, <c>cert.pem</c> and <c>key.pem</c> when TLS is used.</summary>
    public string? CertPath { get; }

    /// <summary>The base address requests are sent to (a placeholder host for Unix sockets).</summary>
    public Uri BaseAddress => TcpAddress ?? new Uri("http://docker.sock/");

    /// <summary>Reads the endpoint from the process environment.</summary>
    public static DockerEndpoint FromEnvironment() => FromEnvironment(Environment.GetEnvironmentVariable);

    /// <summary>Reads the endpoint from <paramref name="getVariable"/> (for tests and injected environments).</summary>
    public static DockerEndpoint FromEnvironment(Func<string, string?> getVariable)
    {
        ArgumentNullException.ThrowIfNull(getVariable);
        var host = getVariable("DOCKER_HOST");
        var verify = !string.IsNullOrEmpty(getVariable("DOCKER_TLS_VERIFY"));
        var certPath = getVariable("DOCKER_CERT_PATH");
        if (verify && string.IsNullOrEmpty(certPath))
        {
            certPath = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".docker");
        }

        return Parse(string.IsNullOrWhiteSpace(host) ? DefaultHost : host, verify, string.IsNullOrEmpty(certPath) ? null : certPath);
    }

    /// <summary>Parses a <c>DOCKER_HOST</c> value.</summary>
    /// <exception cref="ArgumentException">The value is not <c>unix:///path</c> or <c>tcp://host:port</c>.</exception>
    public static DockerEndpoint Parse(string host, bool verifyTls = false, string? certPath = null)
    {
        ArgumentNullException.ThrowIfNull(host);
        var value = host.Trim();
        if (value.StartsWith("unix://", StringComparison.Ordinal))
        {
            var path = value["unix://".Length..];
            if (path.Length < 2 || path[0] != '/')
            {
                throw Malformed(host, "the socket path must be absolute");
            }

            return new DockerEndpoint(value, path, null, useTls: false, verifyTls: false, certPath: null);
        }

        if (value.StartsWith("tcp://", StringComparison.Ordinal))
        {
            var useTls = verifyTls || certPath is not null;
            if (!Uri.TryCreate((useTls ? "https://" : "http://") + value["tcp://".Length..], UriKind.Absolute, out var uri)
                || uri.Host.Length == 0 || !string.Equals(uri.AbsolutePath, "/", StringComparison.Ordinal) || uri.Query.Length > 0 || uri.UserInfo.Length > 0)
            {
                throw Malformed(host, "expected host:port");
            }

            if (uri.IsDefaultPort && !value.EndsWith($":{uri.Port}", StringComparison.Ordinal))
            {
                // tcp://host without a port: the daemon's conventional ports.
                uri = new UriBuilder(uri) { Port = useTls ? 2376 : 2375 }.Uri;
            }

            return new DockerEndpoint(value, null, uri, useTls, verifyTls, certPath);
        }

        throw Malformed(host, "unsupported scheme");
    }

    /// <summary>Creates the HTTP handler that reaches this endpoint (Unix socket connect or TLS client certificates).</summary>
    public SocketsHttpHandler CreateHandler()
    {
        var handler = new SocketsHttpHandler { PooledConnectionIdleTimeout = TimeSpan.FromSeconds(30) };
        if (SocketPath is { } path)
        {
            handler.ConnectCallback = async (_, cancellationToken) =>
            {
                var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
                try
                {
                    await socket.ConnectAsync(new UnixDomainSocketEndPoint(path), cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            };
        }
        else if (UseTls && CertPath is { } dir)
        {
            ConfigureTls(handler.SslOptions, dir);
        }

        return handler;
    }

    private void ConfigureTls(SslClientAuthenticationOptions ssl, string dir)
    {
        var cert = Path.Combine(dir, "cert.pem");
        var key = Path.Combine(dir, "key.pem");
        if (File.Exists(cert) && File.Exists(key))
        {
            ssl.ClientCertificates = [X509Certificate2.CreateFromPemFile(cert, key)];
        }

        var caPath = Path.Combine(dir, "ca.pem");
        if (!VerifyTls)
        {
            ssl.RemoteCertificateValidationCallback = (_, _, _, _) => true;
        }
        else if (File.Exists(caPath))
        {
            var ca = X509CertificateLoader.LoadCertificateFromFile(caPath);
            ssl.RemoteCertificateValidationCallback = (_, certificate, _, errors) =>
            {
                if (certificate is null)
                {
                    return false;
                }

                using var chain = new X509Chain();
                chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
                chain.ChainPolicy.CustomTrustStore.Add(ca);
                chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
                return (errors & ~SslPolicyErrors.RemoteCertificateChainErrors) == SslPolicyErrors.None
                    && chain.Build(X509CertificateLoader.LoadCertificate(certificate.GetRawCertData()));
            };
        }
        else
        {
            throw new FileNotFoundException($"DOCKER_TLS_VERIFY is set but the CA certificate {caPath} does not exist; set DOCKER_CERT_PATH to the directory holding ca.pem, cert.pem and key.pem.", caPath);
        }
    }

    private static ArgumentException Malformed(string value, string why) =>
        new($"DOCKER_HOST value '{value}' is not valid ({why}); {AcceptedForms}.", nameof(value));

    /// <inheritdoc />
    public override string ToString() => Host;
}
