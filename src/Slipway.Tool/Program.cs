using System.CommandLine;
using Slipway.Tool.Init;
using Slipway.Tool.Writing;

namespace Slipway.Tool;

/// <summary>The <c>slipway</c> command line: <c>slipway init [--package-source DIR] [--dry-run] [--force]</c>, <c>--version</c>, <c>--help</c>.</summary>
public static class Program
{
    /// <summary>Exit code for bad input (an unknown option, a repository init cannot read).</summary>
    public const int BadInput = 2;

    /// <summary>Parses <paramref name="args"/> and runs the command.</summary>
    public static int Main(string[] args)
    {
        var packageSource = new Option<string?>("--package-source") { Description = "A folder (or feed URL) the build restores the Slipway packages from; init writes it to build/nuget.config", HelpName = "DIR" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Write nothing; list what would be written and print the report" };
        var force = new Option<bool>("--force") { Description = "Replace files that are already there (init never changes them otherwise)" };
        var init = new Command("init", "Adopt Slipway in the Go repository in the current directory: write the build and print the migration report")
        {
            packageSource, dryRun, force,
        };
        init.SetAction(result => InitCommand.Run(
            new InitOptions(Directory.GetCurrentDirectory(), result.GetValue(packageSource), result.GetValue(dryRun), result.GetValue(force)),
            InitFiles.ToolVersion(),
            Console.Out,
            Console.Error));
        var root = new RootCommand("slipway: adopt Slipway, the C# build for Go projects released with GoReleaser, in a Go repository") { init };
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                Console.Error.WriteLine("slipway: " + error.Message);
            }

            Console.Error.WriteLine("Run slipway --help for the commands and options.");
            return BadInput;
        }

        return parsed.Invoke();
    }
}
