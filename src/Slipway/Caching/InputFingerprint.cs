namespace Slipway.Caching;

/// <summary>
/// Everything a target's run depended on, one digest per ingredient, so a changed fingerprint can say what changed.
/// Values of variables and parameters appear only as salted SHA-256 digests, never as text.
/// </summary>
/// <param name="Hash">SHA-256 (hex) over all the ingredients below.</param>
/// <param name="Definition">Digest of the target's own declaration and the build code's assembly identities.</param>
/// <param name="Platform">Operating system, architecture and runtime identifier.</param>
/// <param name="Files">Matched input files: relative path to SHA-256 of the content.</param>
/// <param name="Variables">Declared input variables: name to salted digest of the value (or of "unset").</param>
/// <param name="Parameters">Parameters not at their default: name to salted digest of the value.</param>
/// <param name="Tools">Required tools: name to identity (resolved path, size, last write, content SHA-256).</param>
internal sealed record InputFingerprint(
    string Hash,
    string Definition,
    string Platform,
    IReadOnlyDictionary<string, string> Files,
    IReadOnlyDictionary<string, string> Variables,
    IReadOnlyDictionary<string, string> Parameters,
    IReadOnlyDictionary<string, string> Tools);
