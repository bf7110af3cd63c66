namespace Slipway.Tool.Writing;

/// <summary>What happened (or, in a dry run, would happen) to one planned file.</summary>
public enum FileOutcome
{
    /// <summary>It did not exist and was written.</summary>
    Created,

    /// <summary>It existed; the missing lines were added at its end, no line changed.</summary>
    Appended,

    /// <summary>It existed with other content and was replaced (--force).</summary>
    Replaced,

    /// <summary>It existed with other content and was left alone (no --force).</summary>
    Kept,

    /// <summary>It already had the content (or lines) init writes.</summary>
    UpToDate,
}
