using System.Net;
using System.Text.Json;

namespace Slipway.Clients.Docker;

/// <summary>The daemon's own words from an error answer: the <c>message</c> of its JSON body, else the body as sent.</summary>
internal static class DaemonMessage
{
    public static string From(string? body, HttpStatusCode status)
    {
        var text = body?.Trim() ?? "";
        try
        {
            using var document = JsonDocument.Parse(text);
            if (document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("message", out var message)
                && message.GetString() is { Length: > 0 } said)
            {
                return said;
            }
        }
        catch (JsonException)
        {
            // Not JSON (a proxy's error page): keep the raw text.
        }

        return text.Length > 0 ? text : status.ToString();
    }
}
