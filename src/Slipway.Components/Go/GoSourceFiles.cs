namespace Slipway.Components.Go;

/// <summary>The Go files the go command would consider: directories named <c>testdata</c>, <c>vendor</c> or starting with <c>.</c> or <c>_</c> are skipped, as are nested modules.</summary>
internal static class GoSourceFiles
{
    public static IReadOnlyList<string> Find(string moduleDirectory)
    {
        var files = new List<string>();
        Walk(moduleDirectory, "", files, isRoot: true);
        return files;
    }

    private static void Walk(string directory, string prefix, List<string> files, bool isRoot)
    {
        if (!isRoot && File.Exists(Path.Combine(directory, "go.mod")))
        {
            return;
        }

        files.AddRange(Directory.EnumerateFiles(directory, "*.go").Select(Path.GetFileName).Order(StringComparer.Ordinal).Select(f => prefix + f));
        foreach (var child in Directory.EnumerateDirectories(directory).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(child);
            if (name[0] is not ('.' or '_') && name is not ("testdata" or "vendor" or "node_modules"))
            {
                Walk(child, prefix + name + "/", files, isRoot: false);
            }
        }
    }
}
