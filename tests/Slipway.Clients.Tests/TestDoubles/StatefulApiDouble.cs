using System.Globalization;

namespace Slipway.Clients.Tests.TestDoubles;

/// <summary>
/// Base of the stateful TEST DOUBLES of hosting APIs: a <see cref="FakeHttpServer"/> whose every request is answered under
/// one lock by <see cref="Handle"/>, after the faults <see cref="FailNext"/> queued; branches, tags, a clock for creation
/// times, and request records.
/// </summary>
public abstract class StatefulApiDouble : IAsyncDisposable
{
    private readonly List<(string Method, string PathPrefix, FakeResponse Response)> _faults = [];
    private DateTimeOffset _clock = DateTimeOffset.UtcNow.AddHours(-1);

    protected StatefulApiDouble() => Server.Otherwise(Answer);

    public FakeHttpServer Server { get; } = new();

    /// <summary>Page size cap; small values make every listing span pages.</summary>
    public int MaxPerPage { get; set; } = 100;

    /// <summary>Branches that exist.</summary>
    public HashSet<string> Branches { get; } = new(StringComparer.Ordinal) { "main" };

    /// <summary>Tag name to the commit it points at.</summary>
    public Dictionary<string, string> Tags { get; } = new(StringComparer.Ordinal);

    public IReadOnlyList<RecordedRequest> Requests => Server.Requests;

    /// <summary>Requests that change something (anything but GET).</summary>
    public IReadOnlyList<RecordedRequest> Writes => [.. Server.Requests.Where(r => r.Method != "GET")];

    protected Lock Gate { get; } = new();

    /// <summary>The next request whose method is <paramref name="method"/> and path starts with <paramref name="pathPrefix"/> gets <paramref name="response"/> instead.</summary>
    public void FailNext(string method, string pathPrefix, FakeResponse response)
    {
        lock (Gate)
        {
            _faults.Add((method, pathPrefix, response));
        }
    }

    public ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return Server.DisposeAsync();
    }

    /// <summary>Answers one request (under the lock); null means 404 without a route.</summary>
    protected abstract FakeResponse? Handle(RecordedRequest request);

    /// <summary>A creation time, one second after the last.</summary>
    protected DateTimeOffset Tick() => _clock = _clock.AddSeconds(1);

    protected static Dictionary<string, string> Query(RecordedRequest request) =>
        request.Query.Split('&', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=', 2))
            .ToDictionary(p => p[0], p => p.Length > 1 ? Uri.UnescapeDataString(p[1]) : "", StringComparer.Ordinal);

    /// <summary>The page <c>page</c> of <c>per_page</c> (capped at <see cref="MaxPerPage"/>, default <paramref name="defaultPerPage"/>) and whether more follow.</summary>
    protected (IEnumerable<T> Items, int Page, int PerPage, bool More) Slice<T>(RecordedRequest request, IReadOnlyList<T> items, int defaultPerPage)
    {
        var query = Query(request);
        var perPage = Math.Min(MaxPerPage, query.TryGetValue("per_page", out var size) ? int.Parse(size, CultureInfo.InvariantCulture) : defaultPerPage);
        var page = query.TryGetValue("page", out var number) ? int.Parse(number, CultureInfo.InvariantCulture) : 1;
        return (items.Skip((page - 1) * perPage).Take(perPage), page, perPage, page * perPage < items.Count);
    }

    private FakeResponse? Answer(RecordedRequest request)
    {
        lock (Gate)
        {
            var fault = _faults.FindIndex(f => f.Method == request.Method && request.Path.StartsWith(f.PathPrefix, StringComparison.Ordinal));
            if (fault < 0)
            {
                return Handle(request);
            }

            var response = _faults[fault].Response;
            _faults.RemoveAt(fault);
            return response;
        }
    }
}
