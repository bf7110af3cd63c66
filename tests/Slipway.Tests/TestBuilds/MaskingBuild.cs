using Slipway.Tooling;

namespace Slipway.Tests.TestBuilds;

/// <summary>
/// Two independent targets that leak their secrets every way a build can: a log template, a list property
/// (rendered as a JSON-like sequence), a tool printing a multi-line key one line per write, and a failure message
/// that becomes a host annotation. Run with <c>--max-parallel 2</c> on a CI host, both take the buffered path.
/// </summary>
public sealed class MaskingBuild : SlipwayBuild
{
    [Parameter("A deploy key (several lines)")]
    [Secret]
    public string? DeployKey { get; set; }

    [Parameter("Registry tokens")]
    [Secret]
    public string[] Tokens { get; set; } = [];

    public Target Sign => _ => _.Executes(async () =>
    {
        Log.Information("signing with {Key}", DeployKey);
        await Context.Processes.RunAsync(ProcessSpec.Of("sh", "-c", "printf '%s\\n' \"$1\"", "sh", DeployKey ?? ""));
    });

    public Target Push => _ => _.Executes(() =>
    {
        Log.Information("tokens {Tokens}", (object)Tokens);
        foreach (var token in Tokens)
        {
            Log.Information("logging in with {Token}", token);
        }

        throw new InvalidOperationException($"push rejected for {string.Join(", ", Tokens)}\nwith key {DeployKey}");
    });
}
