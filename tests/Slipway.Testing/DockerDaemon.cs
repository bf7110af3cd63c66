using System.Diagnostics;
using System.Globalization;
using Slipway.Clients.Docker;

namespace Slipway.Testing;

/// <summary>
/// A private <c>dockerd</c> (root; vfs storage, no bridge, no iptables) with its own socket, data-root, exec-root
/// and pidfile under a temporary directory. Stopped by PID on dispose.
/// </summary>
public sealed class DockerDaemon : IDisposable
{
    private readonly TempDirectory _dir;
    private readonly int _pid;

    private DockerDaemon(TempDirectory dir, int pid)
    {
        _dir = dir;
        _pid = pid;
    }

    /// <summary>The <c>DOCKER_HOST</c> value, <c>unix:///tmp/.../docker.sock</c>.</summary>
    public string DockerHost => "unix://" + _dir.Combine("docker.sock");

    /// <summary>dockerd's log file.</summary>
    public string LogPath => _dir.Combine("dockerd.log");

    /// <summary>Starts dockerd and waits until it answers <c>_ping</c>.</summary>
    /// <exception cref="InvalidOperationException">dockerd could not start; the message holds its last log lines.</exception>
    public static async Task<DockerDaemon> StartAsync(TimeSpan? timeout = null)
    {
        var dir = new TempDirectory("slipway-dockerd");
        var args = string.Join(' ',
            "--storage-driver=vfs", "--bridge=none", "--iptables=false", "--ip-masq=false",
            $"-H unix://{dir.Combine("docker.sock")}", $"--data-root {dir.Combine("data")}",
            $"--exec-root {dir.Combine("exec")}", $"--pidfile {dir.Combine("docker.pid")}");
        var info = new ProcessStartInfo("/bin/sh") { UseShellExecute = false };
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add($"exec dockerd {args} > {dir.Combine("dockerd.log")} 2>&1");
        using var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start /bin/sh to launch dockerd.");
        var daemon = new DockerDaemon(dir, process.Id);
        using var client = new DockerClient(DockerEndpoint.Parse(daemon.DockerHost));
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while (true)
        {
            if (process.HasExited)
            {
                var log = daemon.LogTail();
                daemon.Dispose();
                throw new InvalidOperationException($"dockerd exited with {process.ExitCode} while starting (is this running as root, with dockerd installed?). Last log lines:\n{log}");
            }

            try
            {
                await client.PingAsync();
                return daemon;
            }
            catch (DockerUnreachableException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(200);
            }
            catch (DockerUnreachableException ex)
            {
                var log = daemon.LogTail();
                daemon.Dispose();
                throw new InvalidOperationException($"dockerd did not answer _ping within {(timeout ?? TimeSpan.FromSeconds(60)).TotalSeconds.ToString(CultureInfo.InvariantCulture)} s. Last log lines:\n{log}", ex);
            }
        }
    }

    /// <summary>The last <paramref name="lines"/> lines of dockerd's log.</summary>
    public string LogTail(int lines = 20) =>
        File.Exists(LogPath) ? string.Join('\n', File.ReadLines(LogPath).TakeLast(lines)) : "(no log written)";

    public void Dispose()
    {
        ExternalTool.Stop(_pid, TimeSpan.FromSeconds(20));
        _dir.Dispose();
    }
}
