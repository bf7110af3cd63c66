using System.ComponentModel;
using System.Diagnostics;

namespace Slipway.Clients.GoReleaser;

/// <summary>Runs <c>binary --version</c> for the contract check; any failure to run means "no evidence", never an exception.</summary>
internal static class BinaryVersionProbe
{
    public static string? TryRun(string binaryPath)
    {
        var start = new ProcessStartInfo(binaryPath, "--version")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(binaryPath) ?? ".",
        };
        try
        {
            using var process = Process.Start(start);
            if (process is null)
            {
                return null;
            }

            var output = process.StandardOutput.ReadToEndAsync();
            _ = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromSeconds(10)))
            {
                process.Kill(entireProcessTree: true);
                return null;
            }

            return process.ExitCode == 0 ? output.Result : null;
        }
        catch (Exception ex) when (ex is Win32Exception or IOException or UnauthorizedAccessException)
        {
            // Not executable here (another format, no execute bit): fall back to other evidence.
            return null;
        }
    }
}
