namespace Slipway.Testing;

/// <summary>
/// Collection names for sharing fixtures. xunit needs the <c>[CollectionDefinition]</c> class in the test assembly
/// itself, so each test project declares e.g.
/// <c>[CollectionDefinition(TestCollections.Docker)] public sealed class DockerCollection : ICollectionFixture&lt;DockerDaemonFixture&gt;, ICollectionFixture&lt;RegistryFixture&gt;;</c>
/// and marks its test classes <c>[Collection(TestCollections.Docker)]</c>.
/// </summary>
public static class TestCollections
{
    /// <summary>Tests that use the Docker daemon and/or the registries.</summary>
    public const string Docker = "slipway-docker";
}
