using System.Text.RegularExpressions;
using Slipway.Pipelines.Environment;

namespace Slipway.Components.CiImage;

/// <summary>
/// What the CI image provides, read from its Dockerfile at generation time: the final stage's base image (from the
/// shipped facts), the packages its <c>RUN apk add</c> / <c>apt-get install</c> lines install (mapped to tools by the
/// facts), and the mise tools <c>mise install</c> adds from the pinned configuration (less <c>MISE_DISABLE_TOOLS</c>).
/// The CI generators check GitLab jobs against it, and <c>BuildCiImage</c>'s default smoke test runs one command per tool.
/// </summary>
public static partial class CiImageFacts
{
    /// <summary>The facts of the Dockerfile at <paramref name="dockerfile"/> (relative to <paramref name="root"/>).</summary>
    /// <exception cref="FileNotFoundException">The Dockerfile does not exist.</exception>
    public static ImageFacts Read(string root, string dockerfile, Tools.MiseConfig pins, EnvironmentFacts facts)
    {
        ArgumentNullException.ThrowIfNull(pins);
        var path = Path.Combine(root, dockerfile);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The CI image's Dockerfile '{dockerfile}' does not exist in {root}; create it or pass --ci-dockerfile <path relative to the root>.", path);
        }

        return Parse(File.ReadAllText(path), dockerfile, pins, facts);
    }

    /// <summary>The facts of a Dockerfile's text; <paramref name="source"/> names it.</summary>
    public static ImageFacts Parse(string text, string source, Tools.MiseConfig pins, EnvironmentFacts facts)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(pins);
        ArgumentNullException.ThrowIfNull(facts);
        var arguments = new Dictionary<string, string>(StringComparer.Ordinal);
        var stages = new Dictionary<string, HashSet<string>>(StringComparer.OrdinalIgnoreCase);
        HashSet<string>? tools = null;
        var disabled = new HashSet<string>(StringComparer.Ordinal);
        var miseInstall = false;
        foreach (var instruction in Instructions(text))
        {
            var (keyword, rest) = Split(instruction);
            switch (keyword)
            {
                case "ARG" when tools is null && rest.Split('=', 2) is [var name, var value]:
                    arguments[name.Trim()] = value.Trim().Trim('"');
                    break;
                case "FROM":
                    var words = rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !w.StartsWith("--", StringComparison.Ordinal)).ToList();
                    var image = Expand(words.FirstOrDefault() ?? "", arguments);
                    tools = stages.TryGetValue(image, out var earlier) ? [.. earlier]
                        : facts.Images.TryGetValue(image, out var known) ? [.. known.Tools] : [];
                    disabled.Clear();
                    miseInstall = false;
                    if (words.Count >= 3 && string.Equals(words[^2], "AS", StringComparison.OrdinalIgnoreCase))
                    {
                        stages[words[^1]] = tools;
                    }

                    break;
                case "ENV" when tools is not null && MiseDisabled().Match(rest) is { Success: true } match:
                    disabled.UnionWith(match.Groups["tools"].Value.Trim('"').Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
                    break;
                case "RUN" when tools is not null:
                    foreach (var package in Packages(rest, "apk", "add"))
                    {
                        tools.UnionWith(facts.ApkPackages.GetValueOrDefault(package) ?? []);
                    }

                    foreach (var package in Packages(rest, "apt-get", "install").Concat(Packages(rest, "apt", "install")))
                    {
                        tools.UnionWith(facts.AptPackages.GetValueOrDefault(package) ?? []);
                    }

                    miseInstall |= rest.Contains("mise install", StringComparison.Ordinal);
                    break;
                default:
                    break;
            }
        }

        tools ??= [];
        if (miseInstall)
        {
            tools.UnionWith(pins.Pins.Keys.Select(ExecutableName).Where(t => !disabled.Contains(t)));
        }

        return new ImageFacts(source, tools, $"{source} (its base image, package installs and mise tools)", "");
    }

    /// <summary>The commands <c>BuildCiImage</c> runs in a new image to prove each tool the facts promise is really there.</summary>
    public static string SmokeCommands(ImageFacts image)
    {
        ArgumentNullException.ThrowIfNull(image);
        var commands = image.Tools.Order(StringComparer.Ordinal).Select(tool => tool switch
        {
            "go" => "go version",
            "dotnet-runtime" => "dotnet --list-runtimes",
            "dotnet-sdk" => "dotnet --list-sdks",
            "docker-buildx" => "docker buildx version",
            "golangci-lint" => "golangci-lint version",
            "actionlint" => "actionlint -version",
            "sh" => "sh -c true",
            _ => $"{tool} --version",
        });
        return string.Join("; ", commands);
    }

    private static string ExecutableName(string pin) => pin[(Math.Max(pin.LastIndexOf('/'), pin.LastIndexOf(':')) + 1)..];

    private static IEnumerable<string> Packages(string command, string tool, string verb)
    {
        foreach (Match match in Regex.Matches(command, $@"\b{Regex.Escape(tool)}\s+{verb}\b(?<rest>[^;&|]*)", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)))
        {
            foreach (var word in match.Groups["rest"].Value.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries).Where(w => !w.StartsWith('-')))
            {
                yield return word.Split('=')[0]; // bash=5.2-r0 pins a version
            }
        }
    }

    private static string Expand(string value, Dictionary<string, string> arguments) =>
        Argument().Replace(value, m => arguments.GetValueOrDefault(m.Groups["name"].Value) ?? m.Value);

    private static (string Keyword, string Arguments) Split(string instruction)
    {
        var space = instruction.IndexOfAny([' ', '\t']);
        return space < 0 ? (instruction.ToUpperInvariant(), "") : (instruction[..space].ToUpperInvariant(), instruction[(space + 1)..].Trim());
    }

    /// <summary>Instructions with their continuation lines joined and comments dropped.</summary>
    private static IEnumerable<string> Instructions(string text)
    {
        var current = "";
        foreach (var raw in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = raw.Trim();
            if (line.StartsWith('#'))
            {
                continue;
            }

            if (line.EndsWith('\\'))
            {
                current += line[..^1] + " ";
                continue;
            }

            current += line;
            if (current.Trim().Length > 0)
            {
                yield return current.Trim();
            }

            current = "";
        }

        if (current.Trim().Length > 0)
        {
            yield return current.Trim();
        }
    }

    [GeneratedRegex(@"\$\{?(?<name>[A-Za-z_][A-Za-z0-9_]*)\}?", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Argument();

    [GeneratedRegex(@"MISE_DISABLE_TOOLS[= ](?<tools>""[^""]*""|\S+)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex MiseDisabled();
}
