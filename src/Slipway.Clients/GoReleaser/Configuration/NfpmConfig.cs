namespace Slipway.Clients.GoReleaser.Configuration;

/// <summary>One <c>nfpms</c> entry: Linux packages (deb, rpm, apk...) made from builds.</summary>
/// <param name="Path">Configuration path, e.g. <c>nfpms[0]</c>.</param>
/// <param name="Location">Where the entry starts.</param>
/// <param name="Id"><c>id</c>, or null.</param>
/// <param name="Ids"><c>ids</c>: the builds packed; empty is all.</param>
/// <param name="Formats"><c>formats</c>.</param>
/// <param name="PackageName"><c>package_name</c>, or null (the project name).</param>
/// <param name="FileNameTemplate"><c>file_name_template</c>, or null.</param>
/// <param name="MTime"><c>mtime</c>, or null.</param>
public sealed record NfpmConfig(string Path, SourceLocation Location, string? Id, IReadOnlyList<string> Ids, IReadOnlyList<string> Formats, string? PackageName,
    string? FileNameTemplate, string? MTime);
