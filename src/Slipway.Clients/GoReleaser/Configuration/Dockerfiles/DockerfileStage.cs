namespace Slipway.Clients.GoReleaser.Configuration.Dockerfiles;

/// <summary>One <c>FROM</c> stage of a Dockerfile.</summary>
/// <param name="Name">The <c>AS</c> name, or null.</param>
/// <param name="Image">The base image or the stage it builds on, as written.</param>
/// <param name="Line">The 1-based line of its <c>FROM</c>.</param>
/// <param name="RunsOnBuildPlatform">True when it runs on the builder's own platform (<c>--platform=$BUILDPLATFORM</c>, or a stage built on one that does): its RUN needs no emulation.</param>
/// <param name="FixedPlatform">A literal <c>--platform</c> (e.g. <c>linux/amd64</c>), or null.</param>
/// <param name="RunLines">The 1-based lines of its <c>RUN</c> instructions.</param>
/// <param name="Used">True when the final stage needs it (it is the final stage, or one it builds on or copies from).</param>
public sealed record DockerfileStage(string? Name, string Image, int Line, bool RunsOnBuildPlatform, string? FixedPlatform, IReadOnlyList<int> RunLines, bool Used);
