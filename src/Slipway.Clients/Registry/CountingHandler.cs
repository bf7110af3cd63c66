namespace Slipway.Clients.Registry;

/// <summary>
/// Counts every request that reaches the wire (retries included) and the bytes received: response bodies plus
/// an estimate of the status line and headers. Bodies are buffered, which suits manifests and token replies.
/// </summary>
internal sealed class CountingHandler(HttpMessageHandler inner) : DelegatingHandler(inner)
{
    private long _requests;
    private long _bytes;

    public long Requests => Interlocked.Read(ref _requests);

    public long BytesReceived => Interlocked.Read(ref _bytes);

    public void Reset()
    {
        Interlocked.Exchange(ref _requests, 0);
        Interlocked.Exchange(ref _bytes, 0);
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _requests);
        var response = await base.SendAsync(request, cancellationToken);
        long bytes = 17; // "HTTP/1.1 200 OK\r\n"
        foreach (var header in response.Headers.Concat(response.Content.Headers))
        {
            bytes += header.Key.Length + 4 + header.Value.Sum(v => v.Length);
        }

        await response.Content.LoadIntoBufferAsync(cancellationToken);
        bytes += (await response.Content.ReadAsByteArrayAsync(cancellationToken)).LongLength;
        Interlocked.Add(ref _bytes, bytes);
        return response;
    }
}
