using Slipway.Tool.Detection;
using Slipway.Tool.Planning;
using Slipway.Tool.Report;
using Slipway.Tool.Writing;

namespace Slipway.Tool.Init;

/// <summary><c>slipway init</c>: detect, plan, write (never over a file it did not write, unless --force), report.</summary>
public static class InitCommand
{
    /// <summary>Runs init and prints the report to <paramref name="output"/>; returns the exit code (0, or 2 for bad input, with the message on <paramref name="error"/>).</summary>
    public static int Run(InitOptions options, string packageVersion, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        try
        {
            if (options.PackageSource is { } source && !source.Contains("://", StringComparison.Ordinal) && !Directory.Exists(source))
            {
                throw new InitException($"--package-source {source}: no such directory. Give the folder the Slipway packages were packed into (e.g. artifacts/packages), or leave the option out to restore from the configured NuGet sources.");
            }

            var facts = RepositoryScanner.Scan(options.Root);
            var plan = BuildPlanner.Plan(facts);
            var files = InitFiles.For(plan, facts.Root, packageVersion, options.PackageSource);
            var outcomes = InitFileWriter.Write(facts.Root, files, options.Force, options.DryRun);
            output.Write(MigrationReport.Render(facts, plan, outcomes, options.DryRun));
            return 0;
        }
        catch (InitException ex)
        {
            error.WriteLine("slipway init: " + ex.Message);
            return 2;
        }
    }
}
