using System.Text;

namespace Slipway.Parameters;

/// <summary>Conversions between a member name and its command-line and environment forms.</summary>
public static class ParameterNames
{
    /// <summary><c>MaxParallel</c> -> <c>max-parallel</c>; <c>CIImage</c> -> <c>ci-image</c>.</summary>
    public static string ToKebabCase(string name) => Split(name, '-').ToLowerInvariant();

    /// <summary><c>MaxParallel</c> -> <c>MAX_PARALLEL</c>.</summary>
    public static string ToUpperSnakeCase(string name) => Split(name, '_').ToUpperInvariant();

    /// <summary>The form used for lenient matching: letters and digits only, lower case.</summary>
    public static string Normalize(string name) =>
        new([.. name.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);

    // Product names that are one word to their users: --github-token, not --git-hub-token; --goreleaser-config.
    private static readonly string[] Words = ["GitHub", "GitLab", "GoReleaser"];

    private static string Split(string name, char separator)
    {
        foreach (var word in Words)
        {
            name = name.Replace(word, word[0] + word[1..].ToLowerInvariant(), StringComparison.Ordinal);
        }

        var text = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            var boundary = i > 0 && char.IsUpper(c)
                && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]) && char.IsUpper(name[i - 1])));
            if (boundary)
            {
                text.Append(separator);
            }

            text.Append(c is '-' or '_' ? separator : c);
        }

        return text.ToString();
    }
}
