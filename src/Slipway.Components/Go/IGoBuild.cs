namespace Slipway.Components.Go;

/// <summary>What every Go component shares: where the Go module (or workspace) and its GoReleaser configuration live, and which modules count.</summary>
public interface IGoBuild : IBuild
{
    /// <summary>The directory holding <c>go.mod</c> or <c>go.work</c>; the build root unless the build class says otherwise.</summary>
    string GoDirectory => Context.RootDirectory;

    /// <summary>Which Go modules Test and Lint cover; unset means <see cref="GoModuleSelection.Auto"/> (go.work's modules, else every go.mod).</summary>
    [Parameter("Go modules to test and lint: auto (default: those go.work uses, else every go.mod), workspace, all or root")]
    GoModuleSelection? GoModules => this.GetParameter(() => GoModules);

    /// <summary>
    /// The GoReleaser configuration file (relative to <see cref="GoDirectory"/>), passed to GoReleaser with <c>--config</c>;
    /// null lets GoReleaser find it in its own search order (.config/goreleaser.yml ... goreleaser.yaml).
    /// </summary>
    [Parameter("GoReleaser configuration file, relative to the Go directory (goreleaser -f); default: GoReleaser's own search order")]
    string? GoReleaserConfig => this.GetParameter(() => GoReleaserConfig);

    /// <summary>The configuration file GoReleaser will use, relative to <see cref="GoDirectory"/>, or null when there is none.</summary>
    string? GoReleaserConfigFile =>
        Slipway.Clients.GoReleaser.Configuration.GoReleaserConfigFiles.Find(GoDirectory, GoReleaserConfig);

    /// <summary>A path under <see cref="GoDirectory"/> as a root-relative glob, for Inputs/Outputs/Produces.</summary>
    string GoPath(string relative)
    {
        var prefix = Path.GetRelativePath(Context.RootDirectory, GoDirectory).Replace('\\', '/');
        return string.Equals(prefix, ".", StringComparison.Ordinal) ? relative : prefix + "/" + relative;
    }
}
