using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Slipway.Clients.Tests.TestDoubles;

/// <summary>
/// TEST DOUBLE for services the tests cannot reach (api.github.com, gitlab.com): a minimal HTTP/1.1 server on
/// 127.0.0.1 and a free port, answering canned responses in the documented shapes of those APIs. Routes match the
/// path (without query); a route given several responses plays them in order and repeats the last. Every request is
/// recorded. One request per connection (<c>Connection: close</c>) keeps the parser small.
/// </summary>
public sealed class FakeHttpServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly ConcurrentDictionary<string, Route> _routes = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private Func<RecordedRequest, FakeResponse?>? _fallback;

    public FakeHttpServer()
    {
        _listener.Start();
        BaseUrl = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");
        _loop = AcceptLoopAsync();
    }

    public Uri BaseUrl { get; }

    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    public Uri Url(string relative) => new(BaseUrl, relative);

    /// <summary>Answers <paramref name="path"/> (any method) with <paramref name="responses"/> in order, then the last again.</summary>
    public FakeHttpServer On(string path, params FakeResponse[] responses)
    {
        _routes[path] = new Route(responses);
        return this;
    }

    /// <summary>Answers <paramref name="path"/> with a response chosen from the request (e.g. by page or method).</summary>
    public FakeHttpServer On(string path, Func<RecordedRequest, FakeResponse> respond)
    {
        _routes[path] = new Route([], respond);
        return this;
    }

    /// <summary>Answers every request no route matches (e.g. a stateful API double); null from it means 404.</summary>
    public FakeHttpServer Otherwise(Func<RecordedRequest, FakeResponse?> respond)
    {
        _fallback = respond;
        return this;
    }

    public int Count(string path) => _requests.Count(r => string.Equals(r.Path, path, StringComparison.Ordinal));

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

            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                var request = await ReadRequestAsync(stream);
                if (request is null)
                {
                    return;
                }

                _requests.Enqueue(request);
                var response = _routes.TryGetValue(request.Path, out var route) ? route.Next(request)
                    : _fallback?.Invoke(request) ?? FakeResponse.Json($$"""{"message":"Not Found (no route for {{request.Path}} in the test double)"}""", 404);
                await WriteResponseAsync(stream, response);
            }
            catch (IOException)
            {
                // The client went away (a cancelled request): nothing to answer.
            }
        }
    }

    private static async Task<RecordedRequest?> ReadRequestAsync(NetworkStream stream)
    {
        // The request line and headers, up to the blank line that ends them; null when the client hangs up first.
        var lines = new List<string>();
        while (true)
        {
            if (await ReadLineAsync(stream) is not { } line)
            {
                return null;
            }

            if (line.Length > 0)
            {
                lines.Add(line);
            }
            else if (lines.Count > 0)
            {
                break;
            }
        }

        var requestLine = lines[0].Split(' ');
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines.Skip(1))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
        }

        if (headers.TryGetValue("Transfer-Encoding", out var encoding) && encoding.Contains("chunked", StringComparison.OrdinalIgnoreCase))
        {
            return new RecordedRequest(requestLine[0], requestLine[1], headers, await ReadChunkedAsync(stream));
        }

        var body = headers.TryGetValue("Content-Length", out var length) ? new byte[int.Parse(length, CultureInfo.InvariantCulture)] : [];
        await stream.ReadExactlyAsync(body);
        return new RecordedRequest(requestLine[0], requestLine[1], headers, body);
    }

    // A chunked body (as a client streaming an upload sends it): size lines in hex, each chunk, a zero-size end.
    private static async Task<byte[]> ReadChunkedAsync(NetworkStream stream)
    {
        using var body = new MemoryStream();
        while (true)
        {
            var sizeLine = await ReadLineAsync(stream) ?? throw new EndOfStreamException("chunked body ended without its last chunk");
            var size = int.Parse(sizeLine.Split(';')[0].Trim(), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            if (size == 0)
            {
                while (await ReadLineAsync(stream) is { Length: > 0 })
                {
                    // trailers, ignored
                }

                return body.ToArray();
            }

            var chunk = new byte[size];
            await stream.ReadExactlyAsync(chunk);
            body.Write(chunk);
            await ReadLineAsync(stream);
        }
    }

    // One CRLF-terminated line without its CRLF; null when the stream ends first.
    private static async Task<string?> ReadLineAsync(NetworkStream stream)
    {
        var line = new StringBuilder();
        var buffer = new byte[1];
        while (line.Length < 2 || line[^2] != '\r' || line[^1] != '\n')
        {
            if (await stream.ReadAsync(buffer) == 0)
            {
                return null;
            }

            line.Append((char)buffer[0]);
        }

        return line.ToString(0, line.Length - 2);
    }

    private static async Task WriteResponseAsync(NetworkStream stream, FakeResponse response)
    {
        var head = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"HTTP/1.1 {response.Status} {(HttpStatusCode)response.Status}\r\n")
            .Append(CultureInfo.InvariantCulture, $"Content-Length: {response.Body.Length}\r\nConnection: close\r\n");
        foreach (var (name, value) in response.Headers)
        {
            head.Append(CultureInfo.InvariantCulture, $"{name}: {value}\r\n");
        }

        await stream.WriteAsync(Encoding.ASCII.GetBytes(head.Append("\r\n").ToString()));
        await stream.WriteAsync(response.Body);
        await stream.FlushAsync();
    }

    private sealed class Route(FakeResponse[] sequence, Func<RecordedRequest, FakeResponse>? respond = null)
    {
        private int _served;

        public FakeResponse Next(RecordedRequest request)
        {
            if (respond is not null)
            {
                return respond(request);
            }

            var index = Interlocked.Increment(ref _served) - 1;
            return sequence[Math.Min(index, sequence.Length - 1)];
        }
    }
}
