using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Slipway.Testing;

/// <summary>One HTTP/1.1 request as the <see cref="LoopbackHttpServer"/> read it.</summary>
public sealed record LoopbackRequest(string Method, string Target, IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    /// <summary>A header value, or null.</summary>
    public string? Header(string name) => Headers.GetValueOrDefault(name);
}

/// <summary>
/// A minimal HTTP/1.1 server on 127.0.0.1, one request per connection (<c>Connection: close</c>), with the raw
/// socket in reach so handlers can misbehave on purpose (reset, stall). Base of the token server and the fault proxy.
/// A handler's token is cancelled when its client hangs up or the server stops, so a stalling handler ends with the
/// client that gave up on it rather than holding disposal up.
/// </summary>
public sealed class LoopbackHttpServer : IAsyncDisposable
{
    private readonly TcpListener _listener;
    private readonly Func<LoopbackRequest, Socket, Stream, CancellationToken, Task> _handle;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _acceptLoop;

    /// <summary>Starts listening on a free port; <paramref name="handle"/> answers each request on the given stream.</summary>
    public LoopbackHttpServer(Func<LoopbackRequest, Socket, Stream, CancellationToken, Task> handle)
    {
        _handle = handle;
        _listener = new TcpListener(IPAddress.Loopback, 0);
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _acceptLoop = AcceptLoopAsync();
    }

    /// <summary>The port listened on.</summary>
    public int Port { get; }

    /// <summary><c>http://127.0.0.1:port</c>.</summary>
    public Uri BaseAddress => new($"http://127.0.0.1:{Port}");

    /// <summary>Writes a complete response and closes the connection afterwards (headers only for HEAD).</summary>
    public static async Task WriteResponseAsync(Stream stream, int status, IEnumerable<KeyValuePair<string, string>> headers, byte[] body, bool headersOnly = false)
    {
        var head = new StringBuilder($"HTTP/1.1 {status} {ReasonPhrase(status)}\r\n");
        var hasLength = false;
        foreach (var (name, value) in headers)
        {
            hasLength |= string.Equals(name, "Content-Length", StringComparison.OrdinalIgnoreCase);
            head.Append(name).Append(": ").Append(value).Append("\r\n");
        }

        if (!hasLength)
        {
            head.Append("Content-Length: ").Append(body.Length).Append("\r\n");
        }

        head.Append("Connection: close\r\n\r\n");
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head.ToString()));
        if (!headersOnly)
        {
            await stream.WriteAsync(body);
        }

        await stream.FlushAsync();
    }

    /// <summary>Writes a JSON (or other text) response.</summary>
    public static Task WriteTextAsync(Stream stream, int status, string text, string contentType = "application/json", params KeyValuePair<string, string>[] extraHeaders) =>
        WriteResponseAsync(stream, status, [new("Content-Type", contentType), .. extraHeaders], Encoding.UTF8.GetBytes(text));

    private static string ReasonPhrase(int status) => status switch
    {
        200 => "OK",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        429 => "Too Many Requests",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        _ => ((HttpStatusCode)status).ToString(),
    };

    private async Task AcceptLoopAsync()
    {
        var connections = new List<Task>();
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                var socket = await _listener.AcceptSocketAsync(_stop.Token);
                connections.Add(ServeAsync(socket));
                connections.RemoveAll(t => t.IsCompleted);
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (SocketException)
        {
        }

        await Task.WhenAll(connections);
    }

    private async Task ServeAsync(Socket socket)
    {
        using (socket)
        {
            await using var stream = new NetworkStream(socket, ownsSocket: false);
            try
            {
                var request = await ReadRequestAsync(stream);
                if (request is not null)
                {
                    using var ended = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token);
                    var hangUp = CancelOnHangUpAsync(stream, ended);
                    try
                    {
                        await _handle(request, socket, stream, ended.Token);
                    }
                    finally
                    {
                        await ended.CancelAsync();
                        await hangUp;
                    }
                }

                socket.Shutdown(SocketShutdown.Both);
            }
            catch (Exception ex) when (ex is IOException or SocketException or ObjectDisposedException or OperationCanceledException)
            {
                // The client went away or the handler reset the connection on purpose.
            }
        }
    }

    // The request has been read and the client sends nothing more on this connection: a read that ends means it hung up.
    private static async Task CancelOnHangUpAsync(Stream stream, CancellationTokenSource ended)
    {
        try
        {
            _ = await stream.ReadAtLeastAsync(new byte[1], 1, throwOnEndOfStream: false, ended.Token); // 0 bytes: closed.
        }
        catch (Exception ex) when (ex is IOException or SocketException or ObjectDisposedException or OperationCanceledException)
        {
            // Reset by either side, or the handler finished first.
        }

        if (!ended.IsCancellationRequested)
        {
            await ended.CancelAsync();
        }
    }

    private async Task<LoopbackRequest?> ReadRequestAsync(Stream stream)
    {
        var buffer = new List<byte>();
        var one = new byte[1];
        while (buffer.Count < 65536)
        {
            if (await stream.ReadAsync(one, _stop.Token) == 0)
            {
                return null;
            }

            buffer.Add(one[0]);
            if (buffer.Count >= 4 && buffer[^1] == '\n' && buffer[^2] == '\r' && buffer[^3] == '\n' && buffer[^4] == '\r')
            {
                break;
            }
        }

        var lines = Encoding.ASCII.GetString([.. buffer]).Split("\r\n");
        var requestLine = lines[0].Split(' ');
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines.Skip(1).Where(l => l.Length > 0))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
        }

        var body = Array.Empty<byte>();
        if (headers.TryGetValue("Content-Length", out var length) && int.Parse(length, System.Globalization.CultureInfo.InvariantCulture) is > 0 and var n)
        {
            body = new byte[n];
            await stream.ReadExactlyAsync(body, _stop.Token);
        }

        return new LoopbackRequest(requestLine[0], requestLine[1], headers, body);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _acceptLoop;
        _stop.Dispose();
    }
}
