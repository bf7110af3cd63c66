using Slipway.Hosts;

namespace Slipway.Reporting;

/// <summary>
/// The reports a CI host shows besides the log, written after every run: GitHub's job summary table
/// (<see cref="StepSummaryWriter"/>), GitLab's dotenv report (<see cref="DotenvReportWriter"/>). A report that cannot
/// be written is a warning, never a failed build.
/// </summary>
public static class HostReports
{
    /// <summary>Writes the reports of <paramref name="host"/>; returns warnings for reports that could not be written.</summary>
    /// <param name="timings">The run's timings.</param>
    /// <param name="host">Where the build ran.</param>
    /// <param name="rootDirectory">The build root (the dotenv report goes to <see cref="DotenvReportWriter.RelativePath"/> under it).</param>
    public static IReadOnlyList<string> Write(RunTimings timings, Host host, string rootDirectory)
    {
        ArgumentNullException.ThrowIfNull(host);
        var warnings = new List<string>();
        void Try(string what, Action write)
        {
            try
            {
                write();
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                warnings.Add($"Could not write the {what}: {ex.Message}");
            }
        }

        if (host is GitHubActionsHost { StepSummaryPath: { } summary })
        {
            Try($"job summary ({summary})", () => StepSummaryWriter.Append(timings, summary));
        }

        if (host is GitLabCiHost)
        {
            Try($"dotenv report ({DotenvReportWriter.RelativePath})", () => DotenvReportWriter.Write(timings, Path.Combine(rootDirectory, ".nuke", "temp", "timings.env")));
        }

        return warnings;
    }
}
