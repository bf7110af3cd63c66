using System.Text;

namespace Slipway.Components.CiImage;

/// <summary>
/// The commands run inside a freshly built CI image, written as one text: commands separated by <c>;</c>, words by
/// spaces, with shell-style single quotes, double quotes and backslash escapes (<c>sh -c 'echo a; exit 1'</c>). Each
/// command runs directly (no shell), so the image needs nothing but the commands themselves.
/// </summary>
public static class SmokeCommands
{
    /// <summary>The default: the tools every CI job uses.</summary>
    public const string Default = "go version; goreleaser --version; golangci-lint version; mise ls";

    /// <summary>Splits <paramref name="text"/> into commands (argument lists); empty commands are dropped.</summary>
    /// <exception cref="FormatException">A quote is not closed or the text ends in a backslash.</exception>
    public static IReadOnlyList<IReadOnlyList<string>> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var commands = new List<IReadOnlyList<string>>();
        var words = new List<string>();
        var word = new StringBuilder();
        var inWord = false;
        char? quote = null;

        void EndWord()
        {
            if (inWord)
            {
                words.Add(word.ToString());
                word.Clear();
                inWord = false;
            }
        }

        void EndCommand()
        {
            EndWord();
            if (words.Count > 0)
            {
                commands.Add([.. words]);
                words.Clear();
            }
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quote == '\'')
            {
                if (c == '\'')
                {
                    quote = null;
                }
                else
                {
                    word.Append(c);
                }
            }
            else if (c == '\\' && (quote is null || (i + 1 < text.Length && text[i + 1] is '"' or '\\' or '$' or '`')))
            {
                // Outside quotes a backslash escapes anything; inside double quotes only what sh lets it escape.
                if (++i == text.Length)
                {
                    throw new FormatException($"Smoke commands '{text}' end in a backslash with nothing to escape.");
                }

                word.Append(text[i]);
                inWord = true;
            }
            else if (quote == '"')
            {
                if (c == '"')
                {
                    quote = null;
                }
                else
                {
                    word.Append(c);
                }
            }
            else if (c is '\'' or '"')
            {
                quote = c;
                inWord = true;
            }
            else if (c == ';')
            {
                EndCommand();
            }
            else if (char.IsWhiteSpace(c))
            {
                EndWord();
            }
            else
            {
                word.Append(c);
                inWord = true;
            }
        }

        if (quote is { } open)
        {
            throw new FormatException($"Smoke commands '{text}' have an unclosed {open} quote.");
        }

        EndCommand();
        return commands;
    }

    /// <summary>One command as it would be typed, for messages.</summary>
    public static string Format(IReadOnlyList<string> command) =>
        string.Join(' ', command.Select(w => w.Length > 0 && w.All(c => char.IsLetterOrDigit(c) || "-_./=:,+@%".Contains(c, StringComparison.Ordinal)) ? w : $"'{w.Replace("'", "'\\''", StringComparison.Ordinal)}'"));
}
