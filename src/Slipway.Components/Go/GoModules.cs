namespace Slipway.Components.Go;

/// <summary>
/// Finds the modules Test and Lint cover (see <see cref="GoModuleSelection"/>): <c>go test ./...</c> stops at a nested
/// go.mod, so a repository of several modules is tested one module at a time.
/// </summary>
public static class GoModules
{
    /// <summary>The modules of <paramref name="build"/>, the Go directory's own first, then by path.</summary>
    /// <exception cref="BuildConfigurationException">No module is there, or go.work is asked for and missing or names a directory without go.mod.</exception>
    public static IReadOnlyList<GoModule> Find(IGoBuild build)
    {
        ArgumentNullException.ThrowIfNull(build);
        return Find(build.Context.RootDirectory, build.GoDirectory, build.GoModules ?? GoModuleSelection.Auto);
    }

    /// <summary>The modules under <paramref name="goDirectory"/> chosen by <paramref name="selection"/>.</summary>
    public static IReadOnlyList<GoModule> Find(string rootDirectory, string goDirectory, GoModuleSelection selection)
    {
        goDirectory = Path.TrimEndingDirectorySeparator(Path.GetFullPath(goDirectory));
        var work = Path.Combine(goDirectory, "go.work");
        var useWorkspace = selection == GoModuleSelection.Workspace || (selection == GoModuleSelection.Auto && File.Exists(work));
        if (useWorkspace && !File.Exists(work))
        {
            throw new BuildConfigurationException(
                $"--go-modules workspace needs {Relative(rootDirectory, work)}, which does not exist. Create it (go work init ./a ./b) or use --go-modules all.");
        }

        var used = File.Exists(work) ? GoModFile.Read(work).Uses.Select(u => Path.TrimEndingDirectorySeparator(Path.GetFullPath(u, goDirectory))).ToList() : null;
        var directories = selection == GoModuleSelection.Root ? [goDirectory]
            : useWorkspace ? used!
            : GoModDirectories(goDirectory);
        var modules = new List<GoModule>();
        foreach (var directory in directories.Distinct(StringComparer.Ordinal))
        {
            var goMod = Path.Combine(directory, "go.mod");
            if (!File.Exists(goMod))
            {
                throw new BuildConfigurationException(useWorkspace
                    ? $"{Relative(rootDirectory, work)} uses {Relative(rootDirectory, directory)}, which has no go.mod. Remove the use line (go work edit -dropuse) or create the module."
                    : $"There is no Go module in {Relative(rootDirectory, directory)}: no go.mod (and no go.work). Create one with go mod init, or point GoDirectory at the module.");
            }

            var outside = used is not null && !used.Contains(directory, StringComparer.Ordinal);
            modules.Add(new GoModule(directory, Relative(rootDirectory, directory), GoModFile.Read(goMod), outside));
        }

        return [.. modules.OrderBy(m => string.Equals(m.Directory, goDirectory, StringComparison.Ordinal) ? 0 : 1).ThenBy(m => m.RelativePath, StringComparer.Ordinal)];
    }

    // Every directory holding a go.mod, skipping those the go command never looks into.
    private static List<string> GoModDirectories(string directory)
    {
        var found = new List<string>();
        var pending = new Stack<string>([directory]);
        while (pending.TryPop(out var current))
        {
            if (File.Exists(Path.Combine(current, "go.mod")))
            {
                found.Add(current);
            }

            foreach (var child in Directory.EnumerateDirectories(current))
            {
                var name = Path.GetFileName(child);
                if (name[0] is not ('.' or '_') && name is not ("testdata" or "vendor" or "node_modules")
                    && !new DirectoryInfo(child).Attributes.HasFlag(FileAttributes.ReparsePoint))
                {
                    pending.Push(child);
                }
            }
        }

        return found.Count > 0 ? found : [directory];
    }

    private static string Relative(string rootDirectory, string path) =>
        Path.GetRelativePath(rootDirectory, path).Replace('\\', '/');
}
