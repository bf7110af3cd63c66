namespace Slipway.Clients.GoReleaser;

/// <summary>Reader for GoReleaser's <c>dist/metadata.json</c>.</summary>
public static class MetadataFile
{
    /// <summary>The file name inside dist/.</summary>
    public const string FileName = "metadata.json";

    /// <summary>Reads and parses a metadata.json file.</summary>
    /// <exception cref="GoReleaserDistException">The file is missing or malformed.</exception>
    public static GoReleaserMetadata Load(string path) => Parse(GoReleaserJson.ReadFile(path, FileName), path);

    /// <summary>Parses metadata.json text; <paramref name="sourceName"/> names the source in errors.</summary>
    /// <exception cref="GoReleaserDistException">The text is not GoReleaser metadata.</exception>
    public static GoReleaserMetadata Parse(string json, string sourceName = FileName)
    {
        var metadata = GoReleaserJson.Deserialize<GoReleaserMetadata>(json, sourceName);
        if (string.IsNullOrEmpty(metadata.ProjectName) || string.IsNullOrEmpty(metadata.Version))
        {
            throw new GoReleaserDistException($"{sourceName}: \"project_name\" or \"version\" is missing; this is not GoReleaser metadata.");
        }

        return metadata;
    }
}
