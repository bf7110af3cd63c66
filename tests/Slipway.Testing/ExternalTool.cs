using System.Diagnostics;

namespace Slipway.Testing;

/// <summary>Runs helper programs the fixtures need (htpasswd, openssl, kill) and fails loudly when they fail.</summary>
public static class ExternalTool
{
    /// <summary>Runs <paramref name="file"/> and returns its stdout; throws with stderr on a non-zero exit.</summary>
    public static string Run(string file, params string[] arguments)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in arguments)
        {
            info.ArgumentList.Add(a);
        }

        Process process;
        try
        {
            process = Process.Start(info)!;
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new InvalidOperationException($"'{file}' is not installed or not on PATH ({ex.Message}); the test fixtures need it (Debian: see HELPERS.md).", ex);
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0
                ? stdout.Result
                : throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} exited with {process.ExitCode}: {stderr.Trim()}");
        }
    }

    /// <summary>Sends SIGTERM to <paramref name="pid"/>, waits up to <paramref name="grace"/>, then kills its whole tree.</summary>
    public static void Stop(int pid, TimeSpan grace)
    {
        Process process;
        try
        {
            process = Process.GetProcessById(pid);
        }
        catch (ArgumentException)
        {
            return; // already gone
        }

        using (process)
        {
            try
            {
                Run("kill", "-TERM", pid.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
            catch (InvalidOperationException)
            {
                return; // exited in between
            }

            if (!process.WaitForExit(grace))
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(TimeSpan.FromSeconds(10));
            }
        }
    }

    /// <summary>A TCP port on 127.0.0.1 that was free a moment ago.</summary>
    public static int FreePort()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
