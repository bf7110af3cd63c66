namespace Slipway.Hosts;

/// <summary>A developer's terminal. Branch and commit are read from <c>.git</c> directly: no process is spawned at start-up.</summary>
public sealed class TerminalHost : Host
{
    /// <summary>Reads the git state of <paramref name="rootDirectory"/>, when it is a repository.</summary>
    public TerminalHost(string rootDirectory)
    {
        var gitDirectory = GitDirectory(Path.Combine(rootDirectory, ".git"));
        var commonDirectory = ReadLine(Path.Combine(gitDirectory, "commondir")) is { } common ? Path.GetFullPath(common, gitDirectory) : gitDirectory;
        var head = ReadLine(Path.Combine(gitDirectory, "HEAD"));
        if (head?.StartsWith("ref: ", StringComparison.Ordinal) == true)
        {
            Ref = head[5..];
            Branch = Ref.StartsWith("refs/heads/", StringComparison.Ordinal) ? Ref["refs/heads/".Length..] : null;
            Commit = ReadLine(Path.Combine(commonDirectory, Ref)) ?? PackedRef(commonDirectory, Ref);
        }
        else
        {
            Commit = head;
        }

        RunId = DateTimeOffset.UtcNow.ToString("yyyyMMddTHHmmssZ", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <inheritdoc />
    public override string Name => "Terminal";

    /// <inheritdoc />
    public override bool IsCi => false;

    /// <inheritdoc />
    public override string BeginGroup(string name, DateTimeOffset at) => $"═══ {name} ═══";

    // In a linked worktree .git is a file pointing at the worktree's git directory; refs live in its common directory.
    private static string GitDirectory(string dotGit) =>
        File.Exists(dotGit) && ReadLine(dotGit) is { } text && text.StartsWith("gitdir: ", StringComparison.Ordinal)
            ? Path.GetFullPath(text["gitdir: ".Length..], Path.GetDirectoryName(dotGit)!)
            : dotGit;

    private static string? ReadLine(string path) => File.Exists(path) ? File.ReadAllText(path).Trim() : null;

    private static string? PackedRef(string gitDirectory, string reference) =>
        File.Exists(Path.Combine(gitDirectory, "packed-refs"))
            ? File.ReadLines(Path.Combine(gitDirectory, "packed-refs"))
                .Select(l => l.Split(' ', 2))
                .FirstOrDefault(p => p.Length == 2 && string.Equals(p[1], reference, StringComparison.Ordinal))?[0]
            : null;
}
