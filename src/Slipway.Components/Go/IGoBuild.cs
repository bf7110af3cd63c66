namespace Slipway.Components.Go;

/// <summary>What every Go component shares: where the Go module and its GoReleaser configuration live.</summary>
public interface IGoBuild : IBuild
{
    /// <summary>The directory holding <c>go.mod</c>; the build root unless the build class says otherwise.</summary>
    string GoDirectory => Context.RootDirectory;

    /// <summary>The GoReleaser configuration passed with <c>--config</c>; null lets GoReleaser find <c>.goreleaser.yaml</c>.</summary>
    string? GoReleaserConfig => null;

    /// <summary>A path under <see cref="GoDirectory"/> as a root-relative glob, for Inputs/Outputs/Produces.</summary>
    string GoPath(string relative)
    {
        var prefix = Path.GetRelativePath(Context.RootDirectory, GoDirectory).Replace('\\', '/');
        return string.Equals(prefix, ".", StringComparison.Ordinal) ? relative : prefix + "/" + relative;
    }
}
