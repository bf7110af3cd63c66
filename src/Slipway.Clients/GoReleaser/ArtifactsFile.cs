namespace Slipway.Clients.GoReleaser;

/// <summary>Reader for GoReleaser's <c>dist/artifacts.json</c>.</summary>
public static class ArtifactsFile
{
    /// <summary>The file name inside dist/.</summary>
    public const string FileName = "artifacts.json";

    /// <summary>Reads and parses an artifacts.json file.</summary>
    /// <exception cref="GoReleaserDistException">The file is missing or malformed.</exception>
    public static IReadOnlyList<GoReleaserArtifact> Load(string path) => Parse(GoReleaserJson.ReadFile(path, FileName), path);

    /// <summary>Parses artifacts.json text; <paramref name="sourceName"/> names the source in errors.</summary>
    /// <exception cref="GoReleaserDistException">The text is not a JSON array of artifacts.</exception>
    public static IReadOnlyList<GoReleaserArtifact> Parse(string json, string sourceName = FileName)
    {
        var artifacts = GoReleaserJson.Deserialize<List<GoReleaserArtifact>>(json, sourceName);
        for (var i = 0; i < artifacts.Count; i++)
        {
            if (artifacts[i] is null || string.IsNullOrEmpty(artifacts[i].Name) || string.IsNullOrEmpty(artifacts[i].Type))
            {
                throw new GoReleaserDistException($"{sourceName}: artifact $[{i}] has no \"name\" or \"type\"; this is not GoReleaser output.");
            }
        }

        return artifacts;
    }
}
