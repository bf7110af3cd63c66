namespace Slipway.Components.CiGeneration.Capabilities;

/// <summary>
/// The target runs the .NET SDK itself (<c>dotnet build</c>, <c>dotnet pack</c>), beyond running the build program: its
/// job needs the SDK, where others (GitLab's CI-image jobs) get by with the runtime.
/// </summary>
public sealed record CompilesDotNet : Capability;
