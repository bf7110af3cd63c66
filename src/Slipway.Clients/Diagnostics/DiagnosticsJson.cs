using System.Text.Json;

namespace Slipway.Clients.Diagnostics;

/// <summary>Helpers for the JSON outputs of linters: tolerant of absent fields, strict about malformed JSON.</summary>
internal static class DiagnosticsJson
{
    public static JsonDocument Parse(string json, string tool)
    {
        try
        {
            return JsonDocument.Parse(string.IsNullOrWhiteSpace(json) ? "null" : json);
        }
        catch (JsonException ex)
        {
            throw new FormatException($"{tool} JSON output is malformed at {ex.Path ?? "$"} (line {(ex.LineNumber ?? 0) + 1}): {ex.Message}", ex);
        }
    }

    public static string? String(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public static int? Int(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var n) && n > 0 ? n : null;

    public static JsonElement Property(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) ? value : default;

    public static IEnumerable<JsonElement> Array(JsonElement element) =>
        element.ValueKind == JsonValueKind.Array ? element.EnumerateArray() : [];

    public static FindingSeverity Severity(string? level, FindingSeverity fallback) => level?.ToUpperInvariant() switch
    {
        "ERROR" => FindingSeverity.Error,
        "WARNING" or "WARN" => FindingSeverity.Warning,
        "INFO" or "STYLE" or "NOTE" => FindingSeverity.Info,
        _ => fallback,
    };
}
