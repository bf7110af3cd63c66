namespace Slipway.Pipelines.Tests.Support;

/// <summary>
/// The npm-installed validators pinned in tests/tools. A missing install fails the test with the command that fixes
/// it: these tests never pass by skipping the tool.
/// </summary>
internal static class ValidatorTools
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string Bin(string name)
    {
        var path = Path.Combine(RepositoryRoot, "tests", "tools", "node_modules", ".bin", name);
        if (!File.Exists(path))
        {
            Assert.Fail($"Validator '{name}' is not installed at {path}: run npm ci --prefix tests/tools");
        }

        return path;
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Slipway.slnx")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Slipway.slnx above {AppContext.BaseDirectory}.");
    }
}
