namespace Slipway.Tests.TestBuilds;

/// <summary>
/// Ordering-only relations, each against alphabetical order and only when both are planned: Early runs after Late
/// (After), Beta runs before Alpha (Before). Publish triggers Notify; Audit is triggered by Publish.
/// </summary>
public sealed class OrderingBuild : RecordingBuild
{
    public Target Alpha => _ => _.Executes(() => Record(nameof(Alpha)));

    public Target Early => _ => _.After(Late).Executes(() => Record(nameof(Early)));

    public Target Late => _ => _.Executes(() => Record(nameof(Late)));

    public Target Beta => _ => _.Before(Alpha).Executes(() => Record(nameof(Beta)));

    public Target Publish => _ => _.Triggers(Notify).Executes(() => Record(nameof(Publish)));

    public Target Notify => _ => _.Executes(() => Record(nameof(Notify)));

    public Target Audit => _ => _.TriggeredBy(Publish).Executes(() => Record(nameof(Audit)));
}
