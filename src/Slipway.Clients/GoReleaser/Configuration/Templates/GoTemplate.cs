using System.Globalization;
using System.Text;

namespace Slipway.Clients.GoReleaser.Configuration.Templates;

/// <summary>
/// The part of Go's text/template that GoReleaser name templates use: fields (<c>.Os</c>, <c>.Env.NAME</c>, <c>.</c>),
/// string, number and boolean literals, pipelines, <c>if</c>/<c>else if</c>/<c>else</c>/<c>with</c>/<c>end</c>,
/// <c>{{-</c>/<c>-}}</c> trimming, comments, and GoReleaser's string functions. Anything else (an unknown field or
/// function, <c>range</c>, variables) throws <see cref="TemplateException"/>: Slipway reports it, never guesses.
/// </summary>
public static class GoTemplate
{
    /// <summary>Renders <paramref name="template"/> with <paramref name="data"/> as the dot.</summary>
    /// <param name="template">The template text.</param>
    /// <param name="data">Fields: strings, booleans, or nested dictionaries (<c>Env</c>); a field that is absent is an error, as with GoReleaser.</param>
    /// <param name="environment">What <c>envOrDefault</c> and <c>isEnvSet</c> see; null is an empty environment.</param>
    /// <exception cref="TemplateException">The template is malformed or uses something unsupported or unknown.</exception>
    public static string Render(string template, IReadOnlyDictionary<string, object?> data, IReadOnlyDictionary<string, string>? environment = null)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(data);
        var nodes = new Parser(Lex(template), template).ParseAll();
        var output = new StringBuilder();
        new Evaluator(data, environment ?? new Dictionary<string, string>(StringComparer.Ordinal)).Run(nodes, data, output);
        return output.ToString();
    }

    /// <summary>True when <paramref name="text"/> holds an action (<c>{{</c>).</summary>
    public static bool IsTemplate(string? text) => text is not null && text.Contains("{{", StringComparison.Ordinal);

    private abstract record Node;

    private sealed record TextNode(string Text) : Node;

    private sealed record ActionNode(Pipeline Pipeline) : Node;

    private sealed record BranchNode(bool IsWith, Pipeline Condition, IReadOnlyList<Node> Then, IReadOnlyList<Node> Else) : Node;

    private sealed record Pipeline(IReadOnlyList<Command> Commands);

    private sealed record Command(IReadOnlyList<Operand> Operands);

    private abstract record Operand;

    private sealed record FieldOperand(IReadOnlyList<string> Names) : Operand;

    private sealed record LiteralOperand(object? Value) : Operand;

    private sealed record FunctionOperand(string Name) : Operand;

    private sealed record NestedOperand(Pipeline Pipeline) : Operand;

    private sealed record Segment(bool IsAction, string Text);

    private static List<Segment> Lex(string template)
    {
        var segments = new List<Segment>();
        var position = 0;
        while (position < template.Length)
        {
            var open = template.IndexOf("{{", position, StringComparison.Ordinal);
            if (open < 0)
            {
                segments.Add(new Segment(false, template[position..]));
                break;
            }

            var text = template[position..open];
            var start = open + 2;
            if (start + 1 < template.Length && template[start] == '-' && char.IsWhiteSpace(template[start + 1]))
            {
                text = text.TrimEnd();
                start++;
            }

            segments.Add(new Segment(false, text));
            var close = FindClose(template, start);
            var end = close;
            var trimAfter = false;
            if (end - 1 >= start && template[end - 1] == '-' && end - 2 >= start && char.IsWhiteSpace(template[end - 2]))
            {
                end--;
                trimAfter = true;
            }

            segments.Add(new Segment(true, template[start..end].Trim()));
            position = close + 2;
            if (trimAfter)
            {
                while (position < template.Length && char.IsWhiteSpace(template[position]))
                {
                    position++;
                }
            }
        }

        return segments;
    }

    private static int FindClose(string template, int from)
    {
        char? quote = null;
        for (var i = from; i < template.Length - 1; i++)
        {
            var c = template[i];
            if (quote is not null)
            {
                if (c == '\\' && quote == '"')
                {
                    i++;
                }
                else if (c == quote)
                {
                    quote = null;
                }
            }
            else if (c is '"' or '`')
            {
                quote = c;
            }
            else if (c == '}' && template[i + 1] == '}')
            {
                return i;
            }
        }

        throw new TemplateException("unclosed action: '{{' without '}}'");
    }

    private sealed class Parser(List<Segment> segments, string source)
    {
        private int index;

        public List<Node> ParseAll()
        {
            var nodes = ParseUntil(out var stop);
            return stop is null ? nodes : throw new TemplateException($"unexpected {{{{{stop}}}}} in '{source}'");
        }

        private List<Node> ParseUntil(out string? stop)
        {
            var nodes = new List<Node>();
            while (index < segments.Count)
            {
                var segment = segments[index++];
                if (!segment.IsAction)
                {
                    if (segment.Text.Length > 0)
                    {
                        nodes.Add(new TextNode(segment.Text));
                    }

                    continue;
                }

                var action = segment.Text;
                if (action.StartsWith("/*", StringComparison.Ordinal))
                {
                    continue;
                }

                var word = action.Split(' ', 2, StringSplitOptions.TrimEntries);
                switch (word[0])
                {
                    case "end":
                    case "else":
                        stop = action;
                        return nodes;
                    case "if":
                    case "with":
                        nodes.Add(ParseBranch(string.Equals(word[0], "with", StringComparison.Ordinal), word.Length > 1 ? word[1] : ""));
                        break;
                    case "range":
                    case "define":
                    case "template":
                    case "block":
                        throw new TemplateException($"'{word[0]}' is not supported in name templates (in '{source}')");
                    default:
                        nodes.Add(new ActionNode(ParsePipeline(action)));
                        break;
                }
            }

            stop = null;
            return nodes;
        }

        private BranchNode ParseBranch(bool isWith, string condition)
        {
            var then = ParseUntil(out var stop);
            List<Node> otherwise = [];
            if (stop is null)
            {
                throw new TemplateException($"'{(isWith ? "with" : "if")}' without 'end' in '{source}'");
            }

            if (stop.StartsWith("else", StringComparison.Ordinal))
            {
                var rest = stop[4..].Trim();
                if (rest.StartsWith("if ", StringComparison.Ordinal) || rest.StartsWith("with ", StringComparison.Ordinal))
                {
                    // "else if X" nests a branch that shares this branch's end.
                    var nestedWith = rest.StartsWith("with ", StringComparison.Ordinal);
                    otherwise = [ParseBranch(nestedWith, rest[(nestedWith ? 5 : 3)..])];
                    return new BranchNode(isWith, ParsePipeline(condition), then, otherwise);
                }

                otherwise = ParseUntil(out stop);
                if (stop is null || !stop.StartsWith("end", StringComparison.Ordinal))
                {
                    throw new TemplateException($"'else' without 'end' in '{source}'");
                }
            }

            return new BranchNode(isWith, ParsePipeline(condition), then, otherwise);
        }

        private Pipeline ParsePipeline(string text)
        {
            var tokens = Tokenize(text);
            var position = 0;
            var pipeline = ReadPipeline(tokens, ref position);
            return position == tokens.Count ? pipeline : throw new TemplateException($"unexpected '{tokens[position]}' in '{source}'");
        }

        private Pipeline ReadPipeline(List<string> tokens, ref int position)
        {
            var commands = new List<Command>();
            var operands = new List<Operand>();
            while (position < tokens.Count && !string.Equals(tokens[position], ")", StringComparison.Ordinal))
            {
                var token = tokens[position++];
                if (string.Equals(token, "|", StringComparison.Ordinal))
                {
                    commands.Add(operands.Count > 0 ? new Command(operands) : throw new TemplateException($"empty command before '|' in '{source}'"));
                    operands = [];
                    continue;
                }

                if (string.Equals(token, "(", StringComparison.Ordinal))
                {
                    var nested = ReadPipeline(tokens, ref position);
                    if (position >= tokens.Count || !string.Equals(tokens[position++], ")", StringComparison.Ordinal))
                    {
                        throw new TemplateException($"unclosed '(' in '{source}'");
                    }

                    operands.Add(new NestedOperand(nested));
                    continue;
                }

                operands.Add(ToOperand(token));
            }

            if (operands.Count == 0)
            {
                throw new TemplateException($"empty action in '{source}'");
            }

            commands.Add(new Command(operands));
            return new Pipeline(commands);
        }

        private Operand ToOperand(string token)
        {
            if (token[0] == '"')
            {
                return new LiteralOperand(System.Text.RegularExpressions.Regex.Unescape(token[1..^1]));
            }

            if (token[0] == '`')
            {
                return new LiteralOperand(token[1..^1]);
            }

            if (token[0] == '.')
            {
                return new FieldOperand(token.Length == 1 ? [] : token[1..].Split('.'));
            }

            if (token[0] == '$')
            {
                throw new TemplateException($"template variables ({token}) are not supported in name templates (in '{source}')");
            }

            if (char.IsAsciiDigit(token[0]) || token[0] == '-')
            {
                return new LiteralOperand(token);
            }

            return token switch
            {
                "true" => new LiteralOperand(true),
                "false" => new LiteralOperand(false),
                "nil" => new LiteralOperand(null),
                _ => new FunctionOperand(token),
            };
        }

        private List<string> Tokenize(string text)
        {
            var tokens = new List<string>();
            for (var i = 0; i < text.Length;)
            {
                var c = text[i];
                if (char.IsWhiteSpace(c))
                {
                    i++;
                }
                else if (c is '(' or ')' or '|')
                {
                    tokens.Add(c.ToString());
                    i++;
                }
                else if (c is '"' or '`')
                {
                    var end = i + 1;
                    while (end < text.Length && text[end] != c)
                    {
                        end += c == '"' && text[end] == '\\' ? 2 : 1;
                    }

                    if (end >= text.Length)
                    {
                        throw new TemplateException($"unterminated string in '{source}'");
                    }

                    tokens.Add(text[i..(end + 1)]);
                    i = end + 1;
                }
                else
                {
                    var end = i;
                    while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] is not ('(' or ')' or '|'))
                    {
                        end++;
                    }

                    tokens.Add(text[i..end]);
                    i = end;
                }
            }

            return tokens;
        }
    }

    private sealed class Evaluator(IReadOnlyDictionary<string, object?> root, IReadOnlyDictionary<string, string> environment)
    {
        public void Run(IReadOnlyList<Node> nodes, object? dot, StringBuilder output)
        {
            foreach (var node in nodes)
            {
                switch (node)
                {
                    case TextNode text:
                        output.Append(text.Text);
                        break;
                    case ActionNode action:
                        output.Append(Print(Evaluate(action.Pipeline, dot)));
                        break;
                    case BranchNode branch:
                        var value = Evaluate(branch.Condition, dot);
                        if (Truthy(value))
                        {
                            Run(branch.Then, branch.IsWith ? value : dot, output);
                        }
                        else
                        {
                            Run(branch.Else, dot, output);
                        }

                        break;
                }
            }
        }

        private object? Evaluate(Pipeline pipeline, object? dot)
        {
            object? result = null;
            for (var i = 0; i < pipeline.Commands.Count; i++)
            {
                var command = pipeline.Commands[i];
                var piped = i > 0;
                if (command.Operands[0] is FunctionOperand function)
                {
                    var arguments = command.Operands.Skip(1).Select(o => Value(o, dot)).ToList();
                    if (piped)
                    {
                        arguments.Add(result);
                    }

                    result = Call(function.Name, arguments);
                }
                else if (command.Operands.Count == 1 && !piped)
                {
                    result = Value(command.Operands[0], dot);
                }
                else
                {
                    throw new TemplateException("a value cannot take arguments or be piped into; only functions can");
                }
            }

            return result;
        }

        private object? Value(Operand operand, object? dot) => operand switch
        {
            LiteralOperand literal => literal.Value,
            NestedOperand nested => Evaluate(nested.Pipeline, dot),
            FieldOperand field => Field(field.Names, dot),
            FunctionOperand function => Call(function.Name, []),
            _ => throw new TemplateException("unsupported operand"),
        };

        private object? Field(IReadOnlyList<string> names, object? dot)
        {
            var current = dot;
            foreach (var name in names)
            {
                current = current switch
                {
                    IReadOnlyDictionary<string, object?> map when map.TryGetValue(name, out var value) => value,
                    IReadOnlyDictionary<string, string> map when map.TryGetValue(name, out var text) => text,
                    _ => throw new TemplateException($"the field .{string.Join('.', names)} has no value offline"
                        + (ReferenceEquals(current, root) || current is IReadOnlyDictionary<string, object?> ? "" : " (inside 'with', '.' is the value)")),
                };
            }

            return current;
        }

        private object? Call(string name, List<object?> a)
        {
            string S(int i) => i < a.Count ? Print(a[i]) : throw new TemplateException($"{name} needs {i + 1} argument(s)");
            return name switch
            {
                "eq" => a.Count >= 2 ? a.Skip(1).Any(b => string.Equals(Print(a[0]), Print(b), StringComparison.Ordinal)) : throw new TemplateException("eq needs 2 arguments"),
                "ne" => !string.Equals(S(0), S(1), StringComparison.Ordinal),
                "not" => !Truthy(a.Count == 1 ? a[0] : throw new TemplateException("not needs 1 argument")),
                "and" => a.Count == 0 ? throw new TemplateException("and needs arguments") : a.FirstOrDefault(v => !Truthy(v), a[^1]),
                "or" => a.Count == 0 ? throw new TemplateException("or needs arguments") : a.FirstOrDefault(Truthy, a[^1]),
                "tolower" => S(0).ToLowerInvariant(),
                "toupper" => S(0).ToUpperInvariant(),
                "title" => CultureInfo.InvariantCulture.TextInfo.ToTitleCase(S(0)),
                "trim" => S(0).Trim(),
                "trimprefix" => S(0).StartsWith(S(1), StringComparison.Ordinal) ? S(0)[S(1).Length..] : S(0),
                "trimsuffix" => S(0).EndsWith(S(1), StringComparison.Ordinal) ? S(0)[..^S(1).Length] : S(0),
                "replace" => S(1).Length == 0 ? S(0) : S(0).Replace(S(1), S(2), StringComparison.Ordinal),
                "contains" => S(0).Contains(S(1), StringComparison.Ordinal),
                "printf" => Printf(S(0), a.Skip(1).ToList()),
                "envOrDefault" => environment.TryGetValue(S(0), out var value) && value.Length > 0 ? value : S(1),
                "isEnvSet" => environment.TryGetValue(S(0), out var set) && set.Length > 0,
                "print" => string.Concat(a.Select(Print)),
                "len" => S(0).Length.ToString(CultureInfo.InvariantCulture),
                _ => throw new TemplateException($"the function '{name}' is not evaluated offline"),
            };
        }

        private static string Printf(string format, List<object?> arguments)
        {
            var output = new StringBuilder();
            var next = 0;
            for (var i = 0; i < format.Length; i++)
            {
                if (format[i] != '%' || i + 1 >= format.Length)
                {
                    output.Append(format[i]);
                    continue;
                }

                var verb = format[++i];
                if (verb == '%')
                {
                    output.Append('%');
                }
                else if (verb is 's' or 'v' or 'd')
                {
                    output.Append(next < arguments.Count ? Print(arguments[next++]) : "%!" + verb + "(MISSING)");
                }
                else
                {
                    throw new TemplateException($"printf verb %{verb} is not supported");
                }
            }

            return output.ToString();
        }

        private static bool Truthy(object? value) => value switch
        {
            null => false,
            bool b => b,
            string s => s.Length > 0,
            _ => true,
        };

        private static string Print(object? value) => value switch
        {
            null => "<no value>",
            bool b => b ? "true" : "false",
            string s => s,
            _ => throw new TemplateException("a map cannot be printed"),
        };
    }
}
