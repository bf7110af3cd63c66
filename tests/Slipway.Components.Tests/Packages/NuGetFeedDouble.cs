using System.IO.Compression;
using System.Text;
using System.Xml.Linq;
using Slipway.Clients.Tests.TestDoubles;

namespace Slipway.Components.Tests.Packages;

/// <summary>
/// TEST DOUBLE of a NuGet v3 push feed (nuget.org, GitHub Packages) on 127.0.0.1: the service index names a
/// <c>PackagePublish/2.0.0</c> resource and, when <paramref name="symbols"/>, a <c>SymbolPackagePublish/4.9.0</c> one;
/// a PUT of a multipart package with the right <c>X-NuGet-ApiKey</c> is stored (201), a second push of the same id and
/// version answers 409, a wrong key 403. The real <c>dotnet nuget push</c> talks to it, so the tests see its real requests.
/// </summary>
internal sealed class NuGetFeedDouble(string apiKey, bool symbols = true) : IAsyncDisposable
{
    private readonly FakeHttpServer _server = new();
    private readonly List<string> _packages = [];
    private readonly List<string> _symbols = [];
    private bool _routed;

    /// <summary>The service index URL a push is given as its <c>--source</c>.</summary>
    public string Source
    {
        get
        {
            Route();
            return _server.Url("v3/index.json").AbsoluteUri;
        }
    }

    /// <summary>"id version" of every package stored, in push order.</summary>
    public IReadOnlyList<string> Packages
    {
        get
        {
            lock (_packages)
            {
                return [.. _packages];
            }
        }
    }

    /// <summary>"id version" of every symbol package stored.</summary>
    public IReadOnlyList<string> Symbols
    {
        get
        {
            lock (_packages)
            {
                return [.. _symbols];
            }
        }
    }

    /// <summary>Every request the feed received.</summary>
    public IReadOnlyList<RecordedRequest> Requests => _server.Requests;

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    private void Route()
    {
        if (_routed)
        {
            return;
        }

        _routed = true;
        var resources = new List<string> { $$"""{ "@id": "{{_server.Url("api/v2/package")}}", "@type": "PackagePublish/2.0.0" }""" };
        if (symbols)
        {
            resources.Add($$"""{ "@id": "{{_server.Url("api/v2/symbolpackage")}}", "@type": "SymbolPackagePublish/4.9.0" }""");
        }

        _server.On("/v3/index.json", FakeResponse.Json($$"""{ "version": "3.0.0", "resources": [{{string.Join(", ", resources)}}] }"""));
        _server.On("/api/v2/package/", request => Store(request, _packages)); // the client pushes to the resource URL plus '/'
        _server.On("/api/v2/symbolpackage/", request => Store(request, _symbols));
    }

    private FakeResponse Store(RecordedRequest request, List<string> into)
    {
        if (!string.Equals(request.Method, "PUT", StringComparison.Ordinal))
        {
            return FakeResponse.Json("{}", 405);
        }

        if (!string.Equals(request.Header("X-NuGet-ApiKey"), apiKey, StringComparison.Ordinal))
        {
            return FakeResponse.Json("{}", 403);
        }

        var identity = Identity(Multipart(request));
        lock (_packages)
        {
            if (into.Contains(identity, StringComparer.Ordinal))
            {
                return FakeResponse.Json("{}", 409);
            }

            into.Add(identity);
        }

        return FakeResponse.Json("{}", 201);
    }

    // The single file part of the multipart/form-data body the client sends.
    private static byte[] Multipart(RecordedRequest request)
    {
        var contentType = request.Header("Content-Type") ?? throw new InvalidDataException("push without Content-Type");
        var boundary = "--" + contentType.Split("boundary=", 2)[1].Trim('"');
        var body = request.Body;
        var start = IndexOf(body, Encoding.ASCII.GetBytes("\r\n\r\n"), IndexOf(body, Encoding.ASCII.GetBytes(boundary), 0)) + 4;
        var end = IndexOf(body, Encoding.ASCII.GetBytes("\r\n" + boundary), start);
        return body[start..end];
    }

    private static int IndexOf(byte[] haystack, byte[] needle, int from)
    {
        for (var i = from; i <= haystack.Length - needle.Length; i++)
        {
            if (haystack.AsSpan(i, needle.Length).SequenceEqual(needle))
            {
                return i;
            }
        }

        throw new InvalidDataException("malformed multipart body");
    }

    private static string Identity(byte[] package)
    {
        using var zip = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        var nuspec = zip.Entries.Single(e => !e.FullName.Contains('/', StringComparison.Ordinal) && e.Name.EndsWith(".nuspec", StringComparison.Ordinal));
        using var stream = nuspec.Open();
        var metadata = XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string Value(string name) => metadata.Elements().Single(e => e.Name.LocalName == name).Value;
        return Value("id") + " " + Value("version");
    }
}
