using System.Formats.Tar;
using Slipway.Clients.Docker;

namespace Slipway.Testing;

/// <summary>
/// The tiny base image the tests build FROM: a root filesystem with /bin/busybox (Debian's busybox-static) and
/// symlinks for the common applets, imported into the daemon (Docker Hub is unreachable here).
/// </summary>
public static class BaseImage
{
    /// <summary>The image reference tests use.</summary>
    public const string Reference = "slipway-test/busybox:latest";

    private const string BusyboxPath = "/bin/busybox";

    private static readonly string[] Applets =
    [
        "sh", "ash", "echo", "cat", "ls", "sleep", "true", "false", "env", "mkdir", "rm", "cp", "mv", "test", "[",
        "printf", "grep", "sed", "wc", "head", "tail", "touch", "chmod", "pwd", "id", "uname", "tar", "gzip", "dd",
        "find", "sort", "date", "hostname", "whoami", "which", "sha256sum", "tee", "xargs", "awk", "ln", "stat",
    ];

    /// <summary>Imports the image unless the daemon already has it; returns its id.</summary>
    public static async Task<string> EnsureAsync(DockerClient docker, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(docker);
        if (await docker.InspectImageAsync(Reference, cancellationToken) is { } existing)
        {
            return existing.Id;
        }

        if (!File.Exists(BusyboxPath))
        {
            throw new InvalidOperationException($"{BusyboxPath} is missing: install busybox-static (apt-get install busybox-static) to build the test base image.");
        }

        using var tar = new MemoryStream();
        await WriteRootfsAsync(tar, cancellationToken);
        tar.Position = 0;
        return await docker.ImportImageAsync(tar, "slipway-test/busybox", "latest", cancellationToken);
    }

    /// <summary>Writes the root filesystem tar.</summary>
    public static async Task WriteRootfsAsync(Stream destination, CancellationToken cancellationToken = default)
    {
        await using var writer = new TarWriter(destination, TarEntryFormat.Pax, leaveOpen: true);
        foreach (var dir in new[] { "bin/", "tmp/", "etc/", "root/", "work/" })
        {
            await writer.WriteEntryAsync(new PaxTarEntry(TarEntryType.Directory, dir) { Mode = dir == "tmp/" ? (UnixFileMode)0b1_111_111_111 : (UnixFileMode)0b111_101_101 }, cancellationToken);
        }

        await writer.WriteEntryAsync(BusyboxPath, "bin/busybox", cancellationToken);
        foreach (var applet in Applets)
        {
            await writer.WriteEntryAsync(new PaxTarEntry(TarEntryType.SymbolicLink, "bin/" + applet) { LinkName = "busybox" }, cancellationToken);
        }

        var passwd = new PaxTarEntry(TarEntryType.RegularFile, "etc/passwd")
        {
            DataStream = new MemoryStream("root:x:0:0:root:/root:/bin/sh\n"u8.ToArray()),
            Mode = (UnixFileMode)0b110_100_100,
        };
        await writer.WriteEntryAsync(passwd, cancellationToken);
    }
}
