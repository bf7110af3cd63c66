namespace Slipway.Components.Go;

/// <summary>
/// The directives Slipway reads from a <c>go.mod</c> or <c>go.work</c> file (both share one syntax): <c>module</c>,
/// <c>go</c>, <c>toolchain</c> and <c>use</c>, single-line or in a parenthesised block, <c>//</c> comments ignored.
/// </summary>
/// <param name="Path">The file read.</param>
/// <param name="Module">The module path (go.mod), or null.</param>
/// <param name="Go">The <c>go</c> line's version, or null.</param>
/// <param name="Toolchain">The <c>toolchain</c> line's name (<c>go1.22.3</c>), or null; <c>default</c> counts as none.</param>
/// <param name="Uses">The directories of the <c>use</c> directives (go.work), as written.</param>
public sealed record GoModFile(string Path, string? Module, string? Go, string? Toolchain, IReadOnlyList<string> Uses)
{
    /// <summary>Reads <paramref name="path"/>.</summary>
    public static GoModFile Read(string path)
    {
        string? module = null, go = null, toolchain = null;
        var uses = new List<string>();
        string? block = null;
        foreach (var raw in File.ReadLines(path))
        {
            var line = StripComment(raw).Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (block is not null)
            {
                if (line is ")")
                {
                    block = null;
                }
                else if (block is "use")
                {
                    uses.Add(Unquote(line));
                }

                continue;
            }

            var parts = line.Split((char[])[' ', '\t'], 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var value = parts.Length > 1 ? parts[1] : "";
            if (value is "(")
            {
                block = parts[0];
                continue;
            }

            switch (parts[0])
            {
                case "module":
                    module = Unquote(value);
                    break;
                case "go":
                    go = value;
                    break;
                case "toolchain":
                    toolchain = value is "default" ? null : value;
                    break;
                case "use":
                    uses.Add(Unquote(value));
                    break;
            }
        }

        return new GoModFile(path, module, go, toolchain, uses);
    }

    private static string StripComment(string line) => line.IndexOf("//", StringComparison.Ordinal) is var at and >= 0 ? line[..at] : line;

    private static string Unquote(string text) => text.Trim().Trim('"', '`');
}
