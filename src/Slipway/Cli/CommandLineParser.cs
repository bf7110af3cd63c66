using System.CommandLine;
using System.Globalization;
using Slipway.Logging;
using Slipway.Parameters;

namespace Slipway.Cli;

/// <summary>
/// Parses <c>./build.sh [targets] [--options]</c> with System.CommandLine: the engine's own options plus one
/// option per build parameter. Unknown options fail with the closest valid names.
/// </summary>
public static class CommandLineParser
{
    /// <summary>The engine's own options, for help.</summary>
    public static IReadOnlyList<(string Name, string Description)> EngineOptions { get; } =
    [
        ("--help", "List targets and parameters, then exit."),
        ("--plan", "Print the plan as waves of targets that can run together, then exit."),
        ("--skip [targets]", "Skip the named targets; bare, skip every target not named on the command line."),
        ("--max-parallel <n>", "Run at most n targets at once (default: processor count, at least 4)."),
        ("--verbosity <level>", "quiet, minimal, normal (default) or verbose."),
        ("--no-cache", "Run targets with declared inputs even when they are up to date."),
        ("--force <targets>", "Run the named targets even when they are up to date."),
        ("--root <dir>", "The build root (default: the nearest directory holding .nuke)."),
    ];

    /// <summary>Parses <paramref name="args"/> given the build's <paramref name="parameters"/>.</summary>
    public static CommandLineOptions Parse(IReadOnlyList<string> args, IReadOnlyList<BuildParameter> parameters)
    {
        var targets = new Argument<string[]>("targets") { Arity = ArgumentArity.ZeroOrMore };
        var help = new Option<bool>("--help", "-h", "-?");
        var plan = new Option<bool>("--plan");
        var skip = ListOption("--skip");
        var maxParallel = new Option<string>("--max-parallel");
        var verbosity = new Option<string>("--verbosity", "-v");
        var noCache = new Option<bool>("--no-cache");
        var force = ListOption("--force");
        var root = new Option<string>("--root");
        var command = new Command("build") { targets, help, plan, skip, maxParallel, verbosity, noCache, force, root };
        command.TreatUnmatchedTokensAsErrors = false;
        // Flags take exactly one word (ExplicitFlags supplies "true" when none is given); other parameters take a list.
        var parameterOptions = parameters.ToDictionary(p => p, p =>
        {
            Option option = IsFlag(p) ? new Option<string>(p.OptionName) : ListOption(p.OptionName);
            command.Options.Add(option);
            return option;
        });

        var flags = parameters.Where(IsFlag).Select(p => p.OptionName).ToHashSet(StringComparer.Ordinal);
        var result = command.Parse(ExplicitFlags(args, flags), new ParserConfiguration { ResponseFileTokenReplacer = null });
        var known = CommandLineParser.EngineOptions.Select(o => o.Name.Split(' ')[0]).Concat(parameters.Select(p => p.OptionName)).ToList();
        var unknown = (result.GetValue(targets) ?? []).Concat(result.UnmatchedTokens).FirstOrDefault(t => t.StartsWith('-'));
        if (unknown is not null)
        {
            throw new BuildConfigurationException($"Unknown option or parameter '{unknown}'." + NameSuggestions.For(unknown, known) + " Run with --help to list them.");
        }

        if (result.Errors.Count > 0)
        {
            throw new BuildConfigurationException($"Could not read the command line: {string.Join("; ", result.Errors.Select(e => e.Message))} Run with --help.");
        }

        return new CommandLineOptions
        {
            Targets = [.. (result.GetValue(targets) ?? []).Concat(result.UnmatchedTokens)],
            Skip = result.GetResult(skip) is null ? null : result.GetValue(skip) ?? [],
            Help = result.GetValue(help),
            Plan = result.GetValue(plan),
            MaxParallel = result.GetValue(maxParallel) is { } n ? ParseMaxParallel(n) : CommandLineOptions.DefaultMaxParallel,
            Verbosity = result.GetValue(verbosity) is { } v ? ParseVerbosity(v) : Verbosity.Normal,
            NoCache = result.GetValue(noCache),
            Force = result.GetValue(force) ?? [],
            Root = result.GetValue(root),
            Parameters = parameterOptions
                .Where(p => result.GetResult(p.Value) is not null)
                .ToDictionary(p => p.Key.Name, p => Tokens(result, p.Value), StringComparer.OrdinalIgnoreCase),
        };
    }

    // "--publish Test" means the flag and the target Test, so a flag is given "true" unless a boolean word follows it.
    private static List<string> ExplicitFlags(IReadOnlyList<string> args, HashSet<string> flags)
    {
        var result = new List<string>(args.Count + 2);
        for (var i = 0; i < args.Count; i++)
        {
            result.Add(args[i]);
            var next = i + 1 < args.Count ? args[i + 1].ToLowerInvariant() : null;
            if (flags.Contains(args[i]) && next is not ("true" or "false" or "yes" or "no" or "on" or "off" or "1" or "0"))
            {
                result.Add("true");
            }
        }

        return result;
    }

    private static bool IsFlag(BuildParameter parameter) => parameter.Type == typeof(bool) || parameter.Type == typeof(bool?);

    private static IReadOnlyList<string> Tokens(ParseResult result, Option option) => option switch
    {
        Option<string> flag => result.GetValue(flag) is { } word ? [word] : [],
        Option<string[]> list => result.GetValue(list) ?? [],
        _ => [],
    };

    private static Option<string[]> ListOption(string name) =>
        new(name) { Arity = ArgumentArity.ZeroOrMore, AllowMultipleArgumentsPerToken = true };

    private static int ParseMaxParallel(string value) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : throw new BuildConfigurationException($"--max-parallel: '{value}' is not a positive whole number. Example: --max-parallel 2.");

    private static Verbosity ParseVerbosity(string value) =>
        Enum.GetValues<Verbosity>().FirstOrDefault(v => string.Equals(v.ToString(), value, StringComparison.OrdinalIgnoreCase)) is var parsed
            && string.Equals(parsed.ToString(), value, StringComparison.OrdinalIgnoreCase)
            ? parsed
            : throw new BuildConfigurationException($"--verbosity: '{value}' is not a level. Use quiet, minimal, normal or verbose.");
}
