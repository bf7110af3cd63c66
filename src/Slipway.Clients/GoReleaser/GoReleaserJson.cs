using System.Text.Json;

namespace Slipway.Clients.GoReleaser;

/// <summary>Reads GoReleaser's JSON files with errors that name the file, the JSON path and the line.</summary>
internal static class GoReleaserJson
{
    public static T Deserialize<T>(string json, string sourceName)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(json)
                ?? throw new GoReleaserDistException($"{sourceName}: the file holds JSON null; expected GoReleaser output. Re-run GoReleaser.");
        }
        catch (JsonException ex)
        {
            var line = ex.LineNumber is { } l ? (l + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) : "?";
            throw new GoReleaserDistException(
                $"{sourceName}: malformed JSON at {ex.Path ?? "$"} (line {line}): {ex.Message} Re-run GoReleaser to regenerate it.", ex);
        }
    }

    public static string ReadFile(string path, string what)
    {
        if (!File.Exists(path))
        {
            throw new GoReleaserDistException($"{path}: {what} not found. GoReleaser writes it at the end of a build; run a GoReleaser build first.");
        }

        return File.ReadAllText(path);
    }
}
