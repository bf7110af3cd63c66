namespace Slipway.Components.Tests.CiGeneration.EndToEnd;

/// <summary>
/// TEST DOUBLES for what cannot be installed here and the pipeline runs: golangci-lint (reports no findings) and the
/// docker CLI's Buildx plugin (answers the plugin handshake and <c>buildx create</c>, records its command line). GoReleaser's double is
/// <see cref="Tools.GoReleaserDouble"/>. Everything else the jobs run is real.
/// </summary>
internal static class ToolDoubles
{
    /// <summary>Writes golangci-lint into <paramref name="bin"/> and the Buildx plugin into <paramref name="dockerConfig"/>/cli-plugins.</summary>
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public static void Install(string bin, string dockerConfig)
    {
        Write(Path.Combine(bin, "golangci-lint"), """
            #!/bin/sh
            # TEST DOUBLE of golangci-lint v2: no findings.
            echo "golangci-lint TEST DOUBLE: $*" >&2
            case "$1" in version|--version) echo "golangci-lint has version 2.12.2 (TEST DOUBLE)" ;; *) echo "0 issues." ;; esac
            """);
        Write(Path.Combine(dockerConfig, "cli-plugins", "docker-buildx"), """
            #!/bin/sh
            # TEST DOUBLE of the docker-buildx CLI plugin: Buildx cannot be installed here.
            if [ "$1" = docker-cli-plugin-metadata ]; then
              echo '{"SchemaVersion":"0.1.0","Vendor":"Slipway tests","Version":"v0.0.0","ShortDescription":"TEST DOUBLE of Docker Buildx"}'
              exit 0
            fi
            echo "docker-buildx TEST DOUBLE: $*"
            # Only the release job's builder creation is stood in for; anything else reports Buildx as missing, so the
            # dry run takes the Engine API path it takes on a machine without Buildx.
            [ "$2" = create ] || exit 1
            """);
    }

    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static void Write(string path, string script)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, script.Replace("\r\n", "\n", StringComparison.Ordinal) + "\n");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
    }
}
