namespace Slipway.Components.Go;

/// <summary>One Go module Test and Lint run in.</summary>
/// <param name="Directory">Its directory (absolute).</param>
/// <param name="RelativePath">Its directory relative to the build root, with forward slashes; <c>.</c> for the root.</param>
/// <param name="File">Its go.mod.</param>
/// <param name="OutsideWorkspace">True when a go.work exists and does not use this module, so the go command must ignore it.</param>
public sealed record GoModule(string Directory, string RelativePath, GoModFile File, bool OutsideWorkspace = false)
{
    /// <summary>The module path (<c>example.com/shop/pkg/sku</c>), or its directory when go.mod names none.</summary>
    public string Path => File.Module ?? RelativePath;

    /// <summary>What the go command needs in this module's environment: <c>GOWORK=off</c> outside the workspace, where it would refuse to run.</summary>
    public IReadOnlyDictionary<string, string?> Environment => OutsideWorkspace
        ? new Dictionary<string, string?>(StringComparer.Ordinal) { ["GOWORK"] = "off" }
        : new Dictionary<string, string?>(StringComparer.Ordinal);

    /// <summary>The directory as go.work writes it: <c>.</c> or <c>./pkg/sku</c>.</summary>
    public string Label => RelativePath is "." ? "." : "./" + RelativePath;

    /// <summary>
    /// Where a file a tool named while running in this module lives, relative to the build root: tools name files
    /// relative to where they ran, and go test names a failing test's file relative to its package, so a bare file
    /// name with the package it came from (<paramref name="package"/>) is placed in that package's directory.
    /// </summary>
    public string? RootRelative(string rootDirectory, string? file, string? package = null)
    {
        var packageDirectory = file is not null && package is not null && !file.Contains('/', StringComparison.Ordinal) && File.Module is { } module
            && (string.Equals(package, module, StringComparison.Ordinal) || package.StartsWith(module + "/", StringComparison.Ordinal))
            ? package[module.Length..].TrimStart('/')
            : "";
        return FindingAnnotations.RootRelative(rootDirectory, System.IO.Path.Combine(Directory, packageDirectory), file);
    }
}
