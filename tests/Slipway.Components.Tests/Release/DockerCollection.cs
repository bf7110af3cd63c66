using Slipway.Testing;
using Xunit;

namespace Slipway.Components.Tests.Release;

[CollectionDefinition(TestCollections.Docker)]
public sealed class DockerCollection : ICollectionFixture<DockerDaemonFixture>;
