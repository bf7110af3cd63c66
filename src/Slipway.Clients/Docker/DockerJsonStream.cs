using System.Text;
using System.Text.Json;

namespace Slipway.Clients.Docker;

/// <summary>Reads the daemon's JSON message stream (build, push, pull, import): one JSON object per line.</summary>
internal static class DockerJsonStream
{
    /// <summary>
    /// Reads every message, reports its human-readable text to <paramref name="progress"/>, hands it to
    /// <paramref name="onMessage"/>, and throws <see cref="DockerApiException"/> with the daemon's text on an error message.
    /// </summary>
    public static async Task ReadAsync(Stream body, string operation, IProgress<string>? progress, Action<JsonElement>? onMessage, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(body, Encoding.UTF8);
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var document = JsonDocument.Parse(line);
            var message = document.RootElement;
            if (message.TryGetProperty("errorDetail", out var detail) && detail.TryGetProperty("message", out var detailText))
            {
                throw new DockerApiException(operation, null, detailText.GetString() ?? "");
            }

            if (message.TryGetProperty("error", out var error))
            {
                throw new DockerApiException(operation, null, error.GetString() ?? "");
            }

            if (Describe(message) is { Length: > 0 } text)
            {
                progress?.Report(text);
            }

            onMessage?.Invoke(message);
        }
    }

    private static string? Describe(JsonElement message)
    {
        if (message.TryGetProperty("stream", out var stream))
        {
            return stream.GetString()?.TrimEnd('\n', '\r');
        }

        if (!message.TryGetProperty("status", out var status))
        {
            return null;
        }

        var text = status.GetString();
        if (message.TryGetProperty("id", out var id))
        {
            text = $"{id.GetString()}: {text}";
        }

        if (message.TryGetProperty("progress", out var bar) && bar.GetString() is { Length: > 0 } p)
        {
            text = $"{text} {p}";
        }

        return text;
    }
}
