using System.Globalization;
using System.Text.Json;
using Docker.DotNet.Models;

namespace Slipway.Clients.Docker;

/// <summary>
/// Receives the daemon's progress messages (build, push, pull, import) from Docker.DotNet: reports each one's text,
/// keeps the <c>aux</c> values the operation returns (image id, pushed digest) and the first error. Docker.DotNet
/// hands an error message to the progress like any other and finishes normally, so the caller must ask
/// <see cref="ThrowIfFailed"/>.
/// </summary>
internal sealed class JsonMessageProgress(IProgress<string>? lines) : IProgress<JSONMessage>
{
    private readonly Dictionary<string, string> _aux = new(StringComparer.Ordinal);
    private string? _error;

    /// <summary>The last <c>status</c> that is an image id (<c>sha256:...</c>), as an import reports it.</summary>
    public string? StatusImageId { get; private set; }

    /// <summary>A string value the daemon sent in an <c>aux</c> message (<c>ID</c> after a build, <c>Digest</c> after a push).</summary>
    public string? Aux(string name) => _aux.GetValueOrDefault(name);

    public void Report(JSONMessage value)
    {
        if (value.Error is { } error)
        {
            _error ??= error.Message ?? "";
            return;
        }

        if (value.Aux?.ExtensionData is { } aux)
        {
            foreach (var (name, item) in aux)
            {
                if (item is JsonElement { ValueKind: JsonValueKind.String } text)
                {
                    _aux[name] = text.GetString()!;
                }
            }
        }

        if (value.Status is { } status && status.StartsWith("sha256:", StringComparison.Ordinal))
        {
            StatusImageId = status;
        }

        if (lines is not null && Describe(value) is { Length: > 0 } line)
        {
            lines.Report(line);
        }
    }

    /// <summary>Throws the daemon's error message, verbatim, if one came.</summary>
    /// <exception cref="DockerApiException">The stream carried an error.</exception>
    public void ThrowIfFailed(string operation)
    {
        if (_error is not null)
        {
            throw new DockerApiException(operation, null, _error);
        }
    }

    private static string? Describe(JSONMessage message)
    {
        if (message.Stream is { } stream)
        {
            return stream.TrimEnd('\n', '\r');
        }

        if (message.Status is not { } text)
        {
            return null;
        }

        if (message.ID is { Length: > 0 } id)
        {
            text = $"{id}: {text}";
        }

        return message.Progress is { Current: { } current, Total: { } total and > 0 }
            ? string.Create(CultureInfo.InvariantCulture, $"{text} {current}/{total}")
            : text;
    }
}
