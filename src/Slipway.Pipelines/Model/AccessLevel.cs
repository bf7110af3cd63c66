namespace Slipway.Pipelines.Model;

/// <summary>A GitHub token permission level for one scope (<c>contents</c>, <c>packages</c>, ...).</summary>
public enum AccessLevel
{
    /// <summary>No access (<c>none</c>).</summary>
    None,

    /// <summary>Read access (<c>read</c>).</summary>
    Read,

    /// <summary>Read and write access (<c>write</c>).</summary>
    Write,
}
