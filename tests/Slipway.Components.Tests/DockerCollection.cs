using Xunit;

namespace Slipway.Components.Tests;

[CollectionDefinition(TestCollections.Docker)]
public sealed class DockerCollection : ICollectionFixture<DockerDaemonFixture>, ICollectionFixture<RegistryFixture>;
