using Slipway.Clients.GoReleaser.Configuration.Dockerfiles;
using Slipway.Clients.GoReleaser.Configuration.Publishing;
using Xunit;

namespace Slipway.Clients.Tests.GoReleaser.Configuration;

public sealed class DockerfileInspectorTests
{
    private static readonly string[] Targets = ["linux/amd64", "linux/arm64"];

    [Fact]
    public void A_run_in_the_target_stage_needs_emulation_for_foreign_platforms()
    {
        var inspection = DockerfileInspector.Inspect("FROM alpine\nRUN apk add \\\n    curl\nCOPY tool /tool\n", "Dockerfile");

        Assert.Equal([2], inspection.TargetPlatformRunLines);
        Assert.Equal(["linux/arm64"], inspection.PlatformsNeedingEmulation(Targets, "linux/amd64"));
    }

    [Fact]
    public void Runs_on_the_build_platform_or_in_unused_stages_need_none()
    {
        var inspection = DockerfileInspector.Inspect("""
            # syntax=docker/dockerfile:1
            FROM --platform=$BUILDPLATFORM golang:1.25 AS build
            RUN go build ./...
            FROM alpine AS debug
            RUN apk add gdb
            FROM build AS assets
            RUN echo still the build platform
            FROM scratch
            COPY --from=assets /out /out
            """, "Dockerfile");

        Assert.Empty(inspection.TargetPlatformRunLines);
        Assert.False(inspection.Stages[1].Used);
        Assert.True(inspection.Stages[2].RunsOnBuildPlatform);
        Assert.Empty(inspection.PlatformsNeedingEmulation(Targets, "linux/amd64"));
    }

    [Fact]
    public void A_stage_pinned_to_another_platform_needs_that_platform()
    {
        var inspection = DockerfileInspector.Inspect("FROM --platform=linux/arm64 alpine AS tools\nRUN apk add jq\nFROM scratch\nCOPY --from=tools /usr/bin/jq /jq\n", "Dockerfile");

        Assert.Equal(["linux/arm64"], inspection.PlatformsNeedingEmulation(["linux/amd64"], "linux/amd64"));
    }

    [Theory]
    [InlineData("ghcr.io/acme/tool:1.0", "ghcr.io")]
    [InlineData("acme/tool:1.0", "docker.io")]
    [InlineData("tool", "docker.io")]
    [InlineData("localhost:5000/tool", "localhost:5000")]
    [InlineData("registry.gitlab.com/acme/tool", "registry.gitlab.com")]
    [InlineData("index.docker.io/acme/tool", "docker.io")]
    [InlineData("$CI_REGISTRY_IMAGE:1.0", "$CI_REGISTRY_IMAGE")]
    [InlineData("$REGISTRY/acme/tool", "$REGISTRY")]
    public void Registry_hosts_are_read_as_docker_reads_them(string image, string host)
    {
        Assert.Equal(host, ImageReferences.RegistryHost(image));
    }
}
