using System.Collections.Concurrent;
using System.Net.Sockets;

namespace Slipway.Testing;

/// <summary>One request the <see cref="FaultProxy"/> saw and what it did.</summary>
/// <param name="Method">HTTP method.</param>
/// <param name="Target">Path and query.</param>
/// <param name="HadAuthorization">Whether an <c>Authorization</c> header came with it.</param>
/// <param name="Fault">The fault applied, or null when forwarded untouched.</param>
public sealed record ProxiedRequest(string Method, string Target, bool HadAuthorization, string? Fault);

/// <summary>
/// A reverse proxy on 127.0.0.1 in front of an HTTP upstream (a local registry). Queued <see cref="Fault"/>s are
/// applied to the next requests in order (503, 429 + Retry-After, connection reset, slow answer, 401; a fault limited to
/// some requests waits for the first of them); once the queue is empty requests pass through. Every request is
/// recorded.
/// </summary>
public sealed class FaultProxy : IAsyncDisposable
{
    private static readonly HashSet<string> HopByHop = new(StringComparer.OrdinalIgnoreCase) { "Connection", "Transfer-Encoding", "Keep-Alive", "Host", "Content-Length" };

    private readonly HttpClient _upstream;
    private readonly LoopbackHttpServer _server;
    private readonly ConcurrentQueue<Fault> _faults = new();
    private readonly ConcurrentQueue<ProxiedRequest> _requests = new();
    private long _bytesSent;

    /// <summary>Starts a proxy forwarding to <paramref name="upstream"/> (e.g. <c>http://127.0.0.1:5000</c>).</summary>
    public FaultProxy(Uri upstream)
    {
        _upstream = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = upstream };
        _server = new LoopbackHttpServer(HandleAsync);
    }

    /// <summary><c>127.0.0.1:port</c>, to use as the registry address.</summary>
    public string Host => $"127.0.0.1:{_server.Port}";

    /// <summary>Requests seen so far, in arrival order.</summary>
    public IReadOnlyList<ProxiedRequest> Requests => [.. _requests];

    /// <summary>Bytes of forwarded responses (headers and bodies) sent to clients so far.</summary>
    public long BytesSent => Interlocked.Read(ref _bytesSent);

    /// <summary>Queues faults for the next requests.</summary>
    public void Enqueue(params Fault[] faults)
    {
        foreach (var f in faults)
        {
            _faults.Enqueue(f);
        }
    }

    /// <summary>Forgets recorded requests and queued faults.</summary>
    public void Reset()
    {
        _requests.Clear();
        _faults.Clear();
        Interlocked.Exchange(ref _bytesSent, 0);
    }

    private async Task HandleAsync(LoopbackRequest request, Socket socket, Stream stream, CancellationToken clientGone)
    {
        var fault = NextFault(request);
        _requests.Enqueue(new ProxiedRequest(request.Method, request.Target, request.Header("Authorization") is not null, fault?.Name));
        if (fault is not null)
        {
            if (fault.Delay > TimeSpan.Zero)
            {
                await Task.Delay(fault.Delay, clientGone); // Ends early when the client gives up on the answer.
            }

            if (fault.Reset)
            {
                socket.LingerState = new LingerOption(true, 0);
                socket.Close();
                return;
            }

            if (fault.Status != 0)
            {
                await LoopbackHttpServer.WriteResponseAsync(stream, fault.Status, [new("Content-Type", "application/json"), .. fault.Headers], """{"errors":[{"code":"FAULT","message":"injected by FaultProxy"}]}"""u8.ToArray());
                return;
            }
        }

        using var forward = new HttpRequestMessage(new HttpMethod(request.Method), request.Target);
        if (request.Body.Length > 0)
        {
            forward.Content = new ByteArrayContent(request.Body);
        }

        foreach (var (name, value) in request.Headers)
        {
            if (!HopByHop.Contains(name) && !forward.Headers.TryAddWithoutValidation(name, value))
            {
                forward.Content?.Headers.TryAddWithoutValidation(name, value);
            }
        }

        using var response = await _upstream.SendAsync(forward, clientGone);
        var body = await response.Content.ReadAsByteArrayAsync(clientGone);
        var headers = response.Headers.Concat(response.Content.Headers)
            .Where(h => !HopByHop.Contains(h.Key))
            .Select(h => new KeyValuePair<string, string>(h.Key, string.Join(", ", h.Value)))
            .ToList();
        var head = string.Equals(request.Method, "HEAD", StringComparison.Ordinal);
        headers.Add(new("Content-Length", (head ? response.Content.Headers.ContentLength ?? 0 : body.Length).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Interlocked.Add(ref _bytesSent, (head ? 0 : body.Length) + headers.Sum(h => h.Key.Length + h.Value.Length + 4) + 40);
        await LoopbackHttpServer.WriteResponseAsync(stream, (int)response.StatusCode, headers, body, headersOnly: head);
    }

    /// <summary>The queued fault for this request: the head of the queue, when it applies to the request.</summary>
    private Fault? NextFault(LoopbackRequest request)
    {
        lock (_faults)
        {
            return _faults.TryPeek(out var next) && next.AppliesTo(request.Method, request.Target) && _faults.TryDequeue(out var fault) ? fault : null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        _upstream.Dispose();
    }
}
