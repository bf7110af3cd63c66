namespace Slipway.Tool.Writing;

/// <summary>A file <c>slipway init</c> writes, relative to the root.</summary>
/// <param name="Path">Root-relative path with <c>/</c> separators.</param>
/// <param name="Content">Its content; for <see cref="AppendLines"/>, the lines to add.</param>
/// <param name="AppendLines">Add the lines that are not there yet to the end of an existing file (the .gitignore entries) instead of creating it.</param>
/// <param name="Executable">Mark it executable (build.sh).</param>
public sealed record PlannedFile(string Path, string Content, bool AppendLines = false, bool Executable = false);
