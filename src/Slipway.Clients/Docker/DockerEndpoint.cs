using System.Net.Security;
using Docker.DotNet;
using Docker.DotNet.Handler.Abstractions;
using Docker.DotNet.X509;

namespace Slipway.Clients.Docker;

/// <summary>
/// Where the Docker daemon listens: a Unix socket or a TCP address, optionally with TLS client certificates. Found
/// the way the docker CLI finds it: <c>DOCKER_HOST</c>, else the current Docker context (<c>DOCKER_CONTEXT</c> or
/// <c>currentContext</c> in the Docker config, resolved by Docker.DotNet), else the default socket; TLS from
/// <c>DOCKER_TLS_VERIFY</c> and <c>DOCKER_CERT_PATH</c>, which Docker.DotNet does not read.
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

    /// <summary>The HTTP(S) address for TCP, or null for a Unix socket.</summary>
    public Uri? TcpAddress { get; }

    /// <summary>Whether TLS is used (TCP only).</summary>
    public bool UseTls { get; }

    /// <summary>Whether the daemon's certificate is verified against <c>ca.pem</c>.</summary>
    public bool VerifyTls { get; }

    /// <summary>Directory holding <c>ca.pem</c>, <c>cert.pem</c> and <c>key.pem</c> when TLS is used.</summary>
    public string? CertPath { get; }

    /// <summary>The address in the form Docker.DotNet selects its transport by (<c>unix://</c> or <c>tcp://</c>).</summary>
    internal Uri EngineAddress => SocketPath is { } path ? new Uri("unix://" + path) : new Uri($"tcp://{TcpAddress!.Authority}");

    /// <summary>Reads the endpoint from the process environment.</summary>
    public static DockerEndpoint FromEnvironment() => FromEnvironment(Environment.GetEnvironmentVariable);

    /// <summary>Reads the endpoint from <paramref name="getVariable"/> (for tests and injected environments).</summary>
    /// <exception cref="ArgumentException">DOCKER_HOST or the current context's host is malformed, or the context does not exist.</exception>
    public static DockerEndpoint FromEnvironment(Func<string, string?> getVariable)
    {
        ArgumentNullException.ThrowIfNull(getVariable);
        var verify = !string.IsNullOrEmpty(getVariable("DOCKER_TLS_VERIFY"));
        var certPath = getVariable("DOCKER_CERT_PATH");
        if (verify && string.IsNullOrEmpty(certPath))
        {
            certPath = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".docker");
        }

        string host;
        if (getVariable("DOCKER_HOST") is { } given && !string.IsNullOrWhiteSpace(given))
        {
            host = given; // Parsed below, so a malformed value gets our message rather than a bare Uri error.
        }
        else
        {
            try
            {
                host = new DockerConfig(new CliSettings(getVariable)).GetEndpoint().OriginalString;
            }
            catch (DockerConfigurationException ex)
            {
                throw new ArgumentException($"{ex.Message} Set DOCKER_HOST, or select an existing context with DOCKER_CONTEXT or `docker context use`.", nameof(getVariable), ex);
            }
        }

        return Parse(host, verify, string.IsNullOrEmpty(certPath) ? null : certPath);
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

    /// <summary>
    /// The TLS credentials for Docker.DotNet: the client certificate from <c>cert.pem</c>/<c>key.pem</c> when present,
    /// and, with <see cref="VerifyTls"/>, the daemon's certificate checked against <c>ca.pem</c>. Null without TLS.
    /// </summary>
    /// <exception cref="FileNotFoundException">TLS verification is asked for but <c>ca.pem</c> is missing.</exception>
    internal IAuthProvider? CreateAuthProvider()
    {
        if (!UseTls || CertPath is not { } dir)
        {
            return null;
        }

        var cert = Path.Combine(dir, "cert.pem");
        var key = Path.Combine(dir, "key.pem");
        var credentials = new CertificateCredentials(File.Exists(cert) && File.Exists(key) ? DockerTlsCertificates.LoadCertificateFromPemFiles(cert, key) : null);
        var caPath = Path.Combine(dir, "ca.pem");
        if (!VerifyTls)
        {
            // DOCKER_CERT_PATH without DOCKER_TLS_VERIFY: encrypted but unverified, as the docker CLI does.
            credentials.ServerCertificateValidationCallback = (_, _, _, _) => true;
        }
        else if (File.Exists(caPath))
        {
            var chainsToCa = DockerTlsCertificates.CreateCertificateAuthorityValidationCallback(DockerTlsCertificates.LoadCertificateAuthorityFromPemFile(caPath));
            // The library's callback checks only the chain; the host name must match too, as the docker CLI requires.
            credentials.ServerCertificateValidationCallback = (sender, certificate, chain, errors) =>
                (errors & ~SslPolicyErrors.RemoteCertificateChainErrors) == SslPolicyErrors.None && chainsToCa(sender, certificate, chain, errors);
        }
        else
        {
            throw new FileNotFoundException($"DOCKER_TLS_VERIFY is set but the CA certificate {caPath} does not exist; set DOCKER_CERT_PATH to the directory holding ca.pem, cert.pem and key.pem.", caPath);
        }

        return credentials;
    }

    private static ArgumentException Malformed(string value, string why) =>
        new($"DOCKER_HOST value '{value}' is not valid ({why}); {AcceptedForms}.", nameof(value));

    /// <inheritdoc />
    public override string ToString() => Host;

    /// <summary>The Docker CLI variables Docker.DotNet resolves the current context from, read from an injected environment.</summary>
    private sealed class CliSettings(Func<string, string?> getVariable) : IDockerCliSettings
    {
        public string? DockerConfig => getVariable("DOCKER_CONFIG");

        public string? DockerHost => getVariable("DOCKER_HOST") is { } host && !string.IsNullOrWhiteSpace(host) ? host : null;

        public string? DockerTlsVerify => getVariable("DOCKER_TLS_VERIFY");

        public string? DockerContext => getVariable("DOCKER_CONTEXT");
    }
}
