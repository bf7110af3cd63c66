namespace Slipway.Tooling;

/// <summary>Renders a command for people to read and paste into a POSIX shell.</summary>
public static class CommandLineFormatter
{
    /// <summary>The program and arguments, each quoted when it needs to be.</summary>
    public static string Format(string fileName, IEnumerable<string> arguments) =>
        string.Join(' ', new[] { fileName }.Concat(arguments).Select(Quote));

    /// <summary>Single-quotes an argument when it holds characters a shell would interpret.</summary>
    public static string Quote(string argument) =>
        argument.Length > 0 && argument.All(c => char.IsAsciiLetterOrDigit(c) || "-_./=:,+@%^".Contains(c, StringComparison.Ordinal))
            ? argument
            : "'" + argument.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
