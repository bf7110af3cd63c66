namespace Slipway.Tests.TestBuilds;

/// <summary>
/// Restore &lt;- Compile &lt;- {Test, Pack}; Restore &lt;- Lint; All = Test + Lint (collective); Internal is unlisted.
/// Declared out of alphabetical order on purpose.
/// </summary>
public sealed class ChainBuild : RecordingBuild
{
    public Target Test => _ => _.Description("Runs the tests").DependsOn(Compile).Executes(() => Record(nameof(Test)));

    public Target Pack => _ => _.Description("Packs").DependsOn(Compile).Executes(() => Record(nameof(Pack)));

    public Target Lint => _ => _.Description("Lints the code").DependsOn(Restore).Executes(() => Record(nameof(Lint)));

    public Target Compile => _ => _.Description("Compiles").DependsOn(Restore).Executes(() => Record(nameof(Compile)));

    public Target Restore => _ => _.Description("Restores packages").Executes(() => Record(nameof(Restore)));

    public Target All => _ => _.Description("Everything").DependsOn(Test, Lint);

    public Target Internal => _ => _.Description("Not for people").Unlisted().Executes(() => Record(nameof(Internal)));
}
