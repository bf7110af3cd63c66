namespace Slipway.Tests.Support;

/// <summary>A fresh directory under the system temp directory, deleted on dispose; optionally holding <c>.nuke</c>.</summary>
public sealed class TempDirectory : IDisposable
{
    public TempDirectory(bool withNuke = true)
    {
        Path = Directory.CreateTempSubdirectory("slipway-tests-").FullName;
        if (withNuke)
        {
            Directory.CreateDirectory(System.IO.Path.Combine(Path, ".nuke"));
        }
    }

    public string Path { get; }

    public string Combine(string relative) => System.IO.Path.Combine(Path, relative.Replace('/', System.IO.Path.DirectorySeparatorChar));

    /// <summary>Writes <paramref name="content"/> to a path relative to the directory, creating parents.</summary>
    public string Write(string relative, string content)
    {
        var full = Combine(relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content);
        return full;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A process a test started may still hold a file; the OS cleans temp eventually.
        }
    }
}
