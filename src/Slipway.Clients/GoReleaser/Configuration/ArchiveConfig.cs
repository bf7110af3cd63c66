namespace Slipway.Clients.GoReleaser.Configuration;

/// <summary>One <c>archives</c> entry, as written.</summary>
public sealed record ArchiveConfig : ConfigEntry
{
    /// <summary><c>id</c>; GoReleaser defaults it to <c>default</c>.</summary>
    public string? Id { get; init; }

    /// <summary><c>ids</c> (and the legacy <c>builds</c>): the builds it packs; empty is all.</summary>
    public IReadOnlyList<string> Ids { get; init; } = [];

    /// <summary><c>name_template</c>, or null for GoReleaser's default.</summary>
    public string? NameTemplate { get; init; }

    /// <summary><c>formats</c>, with the legacy <c>format</c> appended as GoReleaser does; empty is <c>tar.gz</c>.</summary>
    public IReadOnlyList<string> Formats { get; init; } = [];

    /// <summary><c>format_overrides</c>.</summary>
    public IReadOnlyList<ArchiveFormatOverride> FormatOverrides { get; init; } = [];

    /// <summary><c>files</c>; empty means GoReleaser's defaults (licence, readme, changelog), which get no fixed mtime.</summary>
    public IReadOnlyList<ArchiveFile> Files { get; init; } = [];

    /// <summary><c>wrap_in_directory</c> (a template or boolean), or null.</summary>
    public string? WrapInDirectory { get; init; }

    /// <summary><c>builds_info.mtime</c>, or null.</summary>
    public string? BuildsInfoMTime { get; init; }

    /// <summary><c>meta</c>: an archive without binaries.</summary>
    public bool Meta { get; init; }

    /// <summary>Version 1 <c>replacements</c> (e.g. <c>amd64: x86_64</c>), applied to the OS and architecture in names.</summary>
    public IReadOnlyDictionary<string, string> Replacements { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);
}
