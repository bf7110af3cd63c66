using System.Collections.Concurrent;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;

namespace Slipway.Testing;

/// <summary>
/// The shared Docker daemon behind TLS with client certificates, as a remote daemon started with <c>--tlsverify</c>
/// serves it: listens on 127.0.0.1, terminates TLS with <see cref="TlsCertificates.Server"/>, refuses clients without
/// a certificate from the same authority, and forwards the bytes to the daemon's Unix socket.
/// </summary>
public sealed class TlsDaemonProxy : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentQueue<string> _clients = new();
    private readonly TlsCertificates _certificates;
    private readonly string _socketPath;
    private readonly Task _loop;

    /// <summary>Starts forwarding to the daemon at <paramref name="dockerHost"/> (<c>unix:///...</c>).</summary>
    public TlsDaemonProxy(string dockerHost, TlsCertificates certificates)
    {
        ArgumentNullException.ThrowIfNull(dockerHost);
        _socketPath = dockerHost.StartsWith("unix://", StringComparison.Ordinal) ? dockerHost["unix://".Length..] : throw new ArgumentException($"{dockerHost} is not a unix:// address", nameof(dockerHost));
        _certificates = certificates;
        _listener.Start();
        _loop = AcceptLoopAsync();
    }

    /// <summary>The <c>DOCKER_HOST</c> value, <c>tcp://127.0.0.1:port</c>.</summary>
    public string DockerHost => $"tcp://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}";

    /// <summary>The subjects of the client certificates accepted so far.</summary>
    public IReadOnlyList<string> Clients => [.. _clients];

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _loop;
        }
        catch (OperationCanceledException)
        {
        }

        _stop.Dispose();
    }

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = ServeAsync(client);
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                await using var tls = new SslStream(client.GetStream());
                await tls.AuthenticateAsServerAsync(
                    new SslServerAuthenticationOptions
                    {
                        ServerCertificate = _certificates.Server,
                        ClientCertificateRequired = true,
                        RemoteCertificateValidationCallback = (_, certificate, _, _) => certificate is not null && _certificates.Issued(certificate),
                    },
                    _stop.Token);
                _clients.Enqueue(tls.RemoteCertificate!.Subject);
                using var daemon = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
                await daemon.ConnectAsync(new UnixDomainSocketEndPoint(_socketPath), _stop.Token);
                await using var upstream = new NetworkStream(daemon, ownsSocket: false);
                var up = tls.CopyToAsync(upstream, _stop.Token);
                var down = upstream.CopyToAsync(tls, _stop.Token);
                await Task.WhenAny(up, down);
            }
            catch (Exception ex) when (ex is IOException or SocketException or OperationCanceledException or System.Security.Authentication.AuthenticationException or ObjectDisposedException)
            {
                // A refused handshake or a closed side ends the connection; the client sees the failure.
            }
        }
    }
}
