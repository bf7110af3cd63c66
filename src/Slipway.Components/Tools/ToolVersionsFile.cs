namespace Slipway.Components.Tools;

/// <summary>
/// Reads a <c>.tool-versions</c> file (asdf's format, which mise reads too): one <c>tool version [version...]</c>
/// per line, the first version the default, <c>#</c> starting a comment, a trailing colon after the tool ignored.
/// A tool without a version pins nothing, as in mise.
/// </summary>
internal static class ToolVersionsFile
{
    public const string FileName = ".tool-versions";

    public static IReadOnlyList<MisePin> Read(string text, string source)
    {
        ArgumentNullException.ThrowIfNull(text);
        var pins = new List<MisePin>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var content = lines[i].Split('#', 2)[0];
            var words = content.Split([' ', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries);
            if (words.Length >= 2)
            {
                pins.Add(new MisePin(MiseConfig.Unalias(words[0].TrimEnd(':')), words[1], source, i + 1));
            }
        }

        return pins;
    }
}
