namespace Slipway.Tests.TestBuilds;

/// <summary>A capability a component declares, for the test that an inheriting build keeps it.</summary>
public sealed record PublishesSomething(string What) : Capability;

/// <summary>A shipped component target with a description, a dependency, a requirement, a capability and an action.</summary>
public interface IPublishComponent : IRecordingBuild
{
    [Parameter("Where to publish")]
    string? Destination => this.GetParameter(() => Destination);

    Target Prepare => _ => _.Executes(() => Ran.Enqueue("Prepare"));

    Target Publish => _ => _
        .Description("Publishes (component)")
        .DependsOn(Prepare)
        .Requires(() => Destination)
        .Uses(new PublishesSomething("archives"))
        .Executes(() => Ran.Enqueue($"Publish:{Destination}"));
}

/// <summary>Extends the shipped Publish without re-implementing it: one more dependency, requirement, capability and action.</summary>
public sealed class InheritingBuild : RecordingBuild, IPublishComponent
{
    [Parameter("Notary key"), Secret]
    public string? NotaryKey { get; set; }

    public Target Notarize => _ => _.Executes(() => Record(nameof(Notarize)));

    Target IPublishComponent.Publish => _ => _
        .Inherit<IPublishComponent>(x => x.Publish)
        .DependsOn(Notarize)
        .Requires(() => NotaryKey)
        .Uses(new PublishesSomething("signatures"))
        .Executes(() => Record("Publish:extra"));
}
