namespace Slipway.Clients.GoReleaser.Configuration;

/// <summary>The <c>snapshot</c> section.</summary>
/// <param name="VersionTemplate"><c>version_template</c>, or null.</param>
/// <param name="NameTemplate">The older <c>name_template</c>, or null; GoReleaser uses it in place of the version template when set.</param>
/// <param name="Location">Where the section starts (the file start when absent).</param>
public sealed record SnapshotConfig(string? VersionTemplate, string? NameTemplate, SourceLocation Location)
{
    /// <summary>GoReleaser's default <c>version_template</c>.</summary>
    public const string DefaultVersionTemplate = "{{ .Version }}-SNAPSHOT-{{ .ShortCommit }}";

    /// <summary>The template GoReleaser applies: <c>name_template</c> when set, else <c>version_template</c>, else the default.</summary>
    public string EffectiveTemplate => NameTemplate ?? VersionTemplate ?? DefaultVersionTemplate;
}
