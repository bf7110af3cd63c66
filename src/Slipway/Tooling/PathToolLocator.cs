namespace Slipway.Tooling;

/// <summary>Finds tools on <c>PATH</c> (with <c>PATHEXT</c> on Windows).</summary>
public sealed class PathToolLocator : IToolLocator
{
    private readonly string[] _directories;
    private readonly string[] _extensions;

    /// <summary>Creates a locator over the <c>PATH</c> of <paramref name="environment"/>.</summary>
    public PathToolLocator(IReadOnlyDictionary<string, string> environment)
    {
        _directories = (environment.GetValueOrDefault("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        _extensions = OperatingSystem.IsWindows()
            ? ["", .. (environment.GetValueOrDefault("PATHEXT") ?? ".EXE;.CMD;.BAT").Split(';', StringSplitOptions.RemoveEmptyEntries)]
            : [""];
    }

    /// <inheritdoc />
    public string? Locate(string name)
    {
        if (Path.IsPathRooted(name))
        {
            return File.Exists(name) ? name : null;
        }

        return _directories
            .SelectMany(d => _extensions.Select(e => Path.Combine(d, name + e)))
            .FirstOrDefault(IsExecutable);
    }

    private static bool IsExecutable(string path) =>
        File.Exists(path) && (OperatingSystem.IsWindows() || (File.GetUnixFileMode(path) & (UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute)) != UnixFileMode.None);
}
