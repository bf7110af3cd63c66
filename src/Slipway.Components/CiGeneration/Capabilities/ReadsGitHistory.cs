namespace Slipway.Components.CiGeneration.Capabilities;

/// <summary>
/// The target reads the git history and tags (a version computed from the latest tag, as MinVer does): its job
/// fetches the whole history instead of one commit.
/// </summary>
public sealed record ReadsGitHistory : Capability;
