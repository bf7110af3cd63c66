namespace Slipway.Tool.Planning;

/// <summary>What happens to one existing CI file: the generated files that take over its work, and what they do not do.</summary>
/// <param name="Path">The existing file, relative to the root.</param>
/// <param name="ReplacedBy">The generated files that do what it does (empty: nothing it does is reproduced).</param>
/// <param name="NotReproduced">In plain words, each thing it does that the generated CI does not; the user keeps the file for these.</param>
public sealed record Migration(string Path, IReadOnlyList<string> ReplacedBy, IReadOnlyList<string> NotReproduced)
{
    /// <summary>Whether the file must stay: it does something the generated CI does not.</summary>
    public bool Keep => NotReproduced.Count > 0;
}
