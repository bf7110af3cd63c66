namespace Slipway.Pipelines.Model;

/// <summary>
/// One condition under which a job runs inside a pipeline that started. A job with rules runs when any rule matches
/// (GitLab evaluates them in order; the first match decides its <see cref="When"/>); a job without rules always runs.
/// </summary>
public sealed record JobRule
{
    /// <summary>Which pipelines match.</summary>
    public RuleRef Ref { get; init; } = RuleRef.Any;

    /// <summary>The branch or tag glob for <see cref="RuleRef.Branch"/> and <see cref="RuleRef.Tag"/>; a value starting with <c>$</c> is a variable.</summary>
    public string? Pattern { get; init; }

    /// <summary>Only when one of these paths (globs) changed (GitLab <c>rules: changes</c>; GitHub cannot filter paths per job).</summary>
    public IReadOnlyList<string> Changes { get; init; } = [];

    /// <summary>
    /// The ref <see cref="Changes"/> compares with (GitLab <c>compare_to</c>), e.g. <c>refs/heads/main</c>; without it GitLab
    /// counts every path as changed in tag, new-branch, web and scheduled pipelines.
    /// </summary>
    public string? CompareTo { get; init; }

    /// <summary>What a match does.</summary>
    public RuleWhen When { get; init; } = RuleWhen.OnSuccess;

    /// <summary>Rules are equal when they match the same pipelines the same way (paths compared in order).</summary>
    public bool Equals(JobRule? other) =>
        other is not null && Ref == other.Ref && When == other.When && string.Equals(Pattern, other.Pattern, StringComparison.Ordinal)
        && string.Equals(CompareTo, other.CompareTo, StringComparison.Ordinal) && Changes.SequenceEqual(other.Changes, StringComparer.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Ref, When, Pattern, CompareTo, Changes.Count);

    /// <summary>Tag pipelines only.</summary>
    public static JobRule Tags { get; } = new() { Ref = RuleRef.Tag };

    /// <summary>The default branch only.</summary>
    public static JobRule DefaultBranch { get; } = new() { Ref = RuleRef.DefaultBranch };

    /// <summary>Offered by hand in every other pipeline (a rule list's last entry).</summary>
    public static JobRule ManualFallback { get; } = new() { When = RuleWhen.Manual };
}
