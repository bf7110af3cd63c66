namespace Slipway.Tests.TestBuilds;

/// <summary>Targets with parameter, condition and tool requirements.</summary>
public sealed class RequirementBuild : RecordingBuild
{
    public const string MissingTool = "slipway-no-such-tool-4711";

    [Parameter("Key for the registry")]
    public string? ApiKey { get; set; }

    public bool IsTag => false;

    private static bool Explain() => throw new BuildConfigurationException("config.yml:3:7: the value is not a list");

    public Target Publish => _ => _.Requires(() => ApiKey).Executes(() => Record(nameof(Publish)));

    public Target Release => _ => _.Requires(() => IsTag).Executes(() => Record(nameof(Release)));

    public Target Explained => _ => _.Requires(() => Explain()).Executes(() => Record(nameof(Explained)));

    public Target First => _ => _.Executes(() => Record(nameof(First)));

    public Target Scan => _ => _
        .DependsOn(First)
        .Requires(new ToolRequirement(MissingTool, "Install it with: apt-get install slipway-scanner"))
        .Executes(() => Record(nameof(Scan)));

    public Target Optional => _ => _
        .Requires(new ToolRequirement(MissingTool, "not needed", Optional: true))
        .Executes(() => Record(nameof(Optional)));

    public Target WithShell => _ => _.Requires(new ToolRequirement("sh", "comes with the OS")).Executes(() => Record(nameof(WithShell)));
}
