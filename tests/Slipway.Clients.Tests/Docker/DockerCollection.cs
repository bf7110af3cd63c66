using Slipway.Testing;
using Xunit;

namespace Slipway.Clients.Tests.Docker;

[CollectionDefinition(TestCollections.Docker)]
public sealed class DockerCollection : ICollectionFixture<DockerDaemonFixture>, ICollectionFixture<RegistryFixture>;
