using System.Globalization;
using System.Net;
using System.Text.Json;

namespace Slipway.Clients.Http;

/// <summary>
/// The GitLab clients' transport (GitLab has no served .NET client): authenticated requests, waits for a short rate-limit reset,
/// <c>Link</c>/<c>X-Next-Page</c> pagination and snake_case JSON. Failures go to <c>fail</c>, which words them.
/// Transient failures (5xx, 429 with a short Retry-After) are the <see cref="RetryHandler"/>'s job, below this.
/// </summary>
internal sealed class JsonApi(HttpClient http, TimeSpan maxRateLimitWait, TimeProvider time, Action<HttpRequestMessage> authorize, Func<ApiFailure, Exception> fail)
{
    private const int MaxRateLimitWaits = 3;

    /// <summary>
    /// snake_case names, nullability and required members enforced so a changed API fails loudly; null members are left
    /// out of request bodies, so an optional field unset means "not given".
    /// </summary>
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        RespectNullableAnnotations = true,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>GETs <paramref name="url"/>; null on 404 when <paramref name="nullOnNotFound"/>; redirects are returned, not failed.</summary>
    public Task<HttpResponseMessage?> GetAsync(Uri url, bool nullOnNotFound, CancellationToken cancellationToken, bool authorized = true) =>
        SendAsync(HttpMethod.Get, url, content: null, nullOnNotFound, cancellationToken, authorized);

    /// <summary>
    /// Sends <paramref name="method"/> to <paramref name="url"/> with the body <paramref name="content"/> makes (called once per
    /// attempt, as a sent request disposes its content; a <see cref="ByteArrayContent"/> lets the <see cref="RetryHandler"/> replay
    /// it); null on 404 when <paramref name="nullOnNotFound"/>; any other status from 400 up goes to <c>fail</c>.
    /// </summary>
    public async Task<HttpResponseMessage?> SendAsync(
        HttpMethod method, Uri url, Func<HttpContent>? content, bool nullOnNotFound, CancellationToken cancellationToken, bool authorized = true)
    {
        for (var attempt = 0; ; attempt++)
        {
            using var request = new HttpRequestMessage(method, url) { Content = content?.Invoke() };
            if (authorized)
            {
                authorize(request);
            }

            var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            var status = (int)response.StatusCode;
            if (status is >= 200 and < 400)
            {
                return response;
            }

            using (response)
            {
                if (nullOnNotFound && response.StatusCode == HttpStatusCode.NotFound)
                {
                    return null;
                }

                var rate = RateLimitState.From(response);
                var limited = RetryHandler.IsRateLimited(response);
                if (limited && attempt < MaxRateLimitWaits)
                {
                    var wait = RetryHandler.RetryAfter(response);
                    if (wait <= maxRateLimitWait)
                    {
                        await Task.Delay(wait, time, cancellationToken);
                        continue;
                    }
                }

                var body = await response.Content.ReadAsStringAsync(cancellationToken);
                throw fail(new ApiFailure(method, url, response.StatusCode, ServerMessage(body), rate, limited));
            }
        }
    }

    /// <summary>Sends <paramref name="body"/> as JSON (snake_case) and deserializes the answer; null on 404 when <paramref name="nullOnNotFound"/>.</summary>
    public async Task<T?> SendJsonAsync<T>(HttpMethod method, Uri url, object? body, bool nullOnNotFound, CancellationToken cancellationToken)
        where T : class
    {
        var bytes = body is null ? null : JsonSerializer.SerializeToUtf8Bytes(body, body.GetType(), Json);
        using var response = await SendAsync(method, url, bytes is null ? null : () => JsonContent(bytes), nullOnNotFound, cancellationToken);
        if (response is null)
        {
            return null;
        }

        using var document = await ReadAsync(response, method, url, cancellationToken);
        return Deserialize<T>(document.RootElement, method, url);
    }

    /// <summary>JSON request content that the <see cref="RetryHandler"/> can replay.</summary>
    public static ByteArrayContent JsonContent(byte[] json)
    {
        var content = new ByteArrayContent(json);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return content;
    }

    /// <summary>GETs and deserializes one JSON document.</summary>
    public async Task<T> GetJsonAsync<T>(Uri url, CancellationToken cancellationToken)
    {
        using var response = (await GetAsync(url, nullOnNotFound: false, cancellationToken))!;
        using var document = await ReadAsync(response, HttpMethod.Get, url, cancellationToken);
        return Deserialize<T>(document.RootElement, HttpMethod.Get, url);
    }

    /// <summary>
    /// GETs <paramref name="first"/> and the following pages (<c>Link: rel="next"</c>, else <c>X-Next-Page</c>) until
    /// <paramref name="max"/> items or the last page; each page's body is the array itself.
    /// </summary>
    public async Task<List<T>> GetPagesAsync<T>(Uri first, int max, CancellationToken cancellationToken)
    {
        var items = new List<T>();
        for (Uri? next = first; next is not null && items.Count < max;)
        {
            var url = next;
            using var response = (await GetAsync(url, nullOnNotFound: false, cancellationToken))!;
            using var document = await ReadAsync(response, HttpMethod.Get, url, cancellationToken);
            var page = Deserialize<List<T>>(document.RootElement, HttpMethod.Get, url);
            items.AddRange(page.Take(max - items.Count));
            next = page.Count == 0 ? null : LinkHeader.Next(response) ?? NextPageFromHeader(response, url);
        }

        return items;
    }

    /// <summary>A query string (<c>?a=1&amp;b=2</c>) of the parameters whose value is not null; empty when none.</summary>
    public static string Query(params (string Name, string? Value)[] parameters)
    {
        var parts = parameters.Where(p => p.Value is not null).Select(p => $"{p.Name}={Uri.EscapeDataString(p.Value!)}").ToList();
        return parts.Count == 0 ? "" : "?" + string.Join('&', parts);
    }

    /// <summary>Escapes one path segment (a GitLab project path becomes <c>group%2Fname</c>).</summary>
    public static string Segment(string value) => Uri.EscapeDataString(value);

    private static Uri? NextPageFromHeader(HttpResponseMessage response, Uri current)
    {
        if (!response.Headers.TryGetValues("X-Next-Page", out var values)
            || !int.TryParse(values.FirstOrDefault(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var page))
        {
            return null;
        }

        var query = current.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !p.StartsWith("page=", StringComparison.Ordinal))
            .Append(string.Create(CultureInfo.InvariantCulture, $"page={page}"));
        return new UriBuilder(current) { Query = string.Join('&', query) }.Uri;
    }

    private async Task<JsonDocument> ReadAsync(HttpResponseMessage response, HttpMethod method, Uri url, CancellationToken cancellationToken)
    {
        try
        {
            await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
            return await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken);
        }
        catch (JsonException ex)
        {
            throw fail(new ApiFailure(method, url, null, $"the answer is not JSON ({ex.Message})", RateLimitState.From(response), RateLimited: false));
        }
    }

    private T Deserialize<T>(JsonElement element, HttpMethod method, Uri url)
    {
        try
        {
            return element.Deserialize<T>(Json) ?? throw new JsonException("null document");
        }
        catch (JsonException ex)
        {
            throw fail(new ApiFailure(method, url, null, $"the answer does not have the expected shape ({ex.Message})", new RateLimitState(null, null), RateLimited: false));
        }
    }

    private static string? ServerMessage(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            foreach (var name in new[] { "message", "error_description", "error" })
            {
                if (document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty(name, out var value))
                {
                    return value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText();
                }
            }
        }
        catch (JsonException)
        {
            // Not JSON (a proxy's HTML page): a short excerpt still helps.
        }

        var text = body.Trim();
        return text.Length == 0 ? null : text[..Math.Min(text.Length, 200)];
    }
}
