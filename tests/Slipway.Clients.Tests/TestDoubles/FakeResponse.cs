using System.Text;

namespace Slipway.Clients.Tests.TestDoubles;

/// <summary>A canned answer of the <see cref="FakeHttpServer"/>.</summary>
public sealed record FakeResponse(int Status, byte[] Body, IReadOnlyList<KeyValuePair<string, string>> Headers)
{
    public static FakeResponse Json(string json, int status = 200, params (string Name, string Value)[] headers) =>
        new(status, Encoding.UTF8.GetBytes(json), [new("Content-Type", "application/json; charset=utf-8"), .. headers.Select(h => KeyValuePair.Create(h.Name, h.Value))]);

    public static FakeResponse Bytes(byte[] body, string contentType = "application/zip") =>
        new(200, body, [new("Content-Type", contentType)]);

    public static FakeResponse Redirect(string location) =>
        new(302, [], [new("Location", location)]);

    public FakeResponse With(string name, string value) => this with { Headers = [.. Headers, new(name, value)] };
}
