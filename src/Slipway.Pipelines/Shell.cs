namespace Slipway.Pipelines;

/// <summary>POSIX shell quoting for values the writers put into generated scripts.</summary>
internal static class Shell
{
    /// <summary>Single-quotes <paramref name="value"/> so the shell takes it literally.</summary>
    internal static string Quote(string value) => "'" + value.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
