namespace Slipway.Testing;

/// <summary>A fresh directory under /tmp (short paths: Unix sockets live here), deleted on dispose.</summary>
public sealed class TempDirectory : IDisposable
{
    /// <summary>Creates <c>/tmp/{prefix}-{random}</c>.</summary>
    public TempDirectory(string prefix = "slipway")
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"{prefix}-{Guid.NewGuid().ToString("N")[..8]}");
        Directory.CreateDirectory(Path);
    }

    /// <summary>The directory.</summary>
    public string Path { get; }

    /// <summary>A temporary build root: a directory holding <c>.nuke/</c>, as Slipway's root marker.</summary>
    public static TempDirectory ForBuild(string prefix = "slipway-build")
    {
        var directory = new TempDirectory(prefix);
        Directory.CreateDirectory(directory.Combine(".nuke"));
        return directory;
    }

    /// <summary>A path inside the directory.</summary>
    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    /// <summary>Writes <paramref name="text"/> to a file inside, creating parent directories; returns its path.</summary>
    public string Write(string relativePath, string text)
    {
        var path = Combine(relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a daemon may still hold a file for a moment; /tmp is cleaned anyway.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
