using System.Globalization;

namespace Slipway.Clients.Diagnostics;

/// <summary>
/// A Go cover profile (<c>go test -coverprofile</c>): a <c>mode:</c> line, then one line per block,
/// <c>import/path/file.go:startLine.startCol,endLine.endCol statements count</c>. Profiles of several runs merge.
/// </summary>
public sealed class CoverProfile
{
    private readonly Dictionary<(string File, int StartLine, int StartColumn, int EndLine, int EndColumn), (int Statements, long Count)> _blocks = [];

    /// <summary>The blocks: file (as Go names it: import path and file name), line range, statements and hit count.</summary>
    public IEnumerable<CoverBlock> Blocks => _blocks.Select(b => new CoverBlock(b.Key.File, b.Key.StartLine, b.Key.EndLine, b.Value.Statements, b.Value.Count));

    /// <summary>The share of statements run at least once, 0 to 1; 0 for an empty profile.</summary>
    public double StatementCoverage
    {
        get
        {
            var statements = _blocks.Values.Sum(b => b.Statements);
            return statements == 0 ? 0 : (double)_blocks.Values.Where(b => b.Count > 0).Sum(b => b.Statements) / statements;
        }
    }

    /// <summary>Adds the blocks of a profile's text; a block seen before keeps the larger count.</summary>
    /// <exception cref="FormatException">A line is not a cover block; the message names its line number.</exception>
    public void Add(string text, string source)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith("mode:", StringComparison.Ordinal))
            {
                continue;
            }

            var colon = line.LastIndexOf(':');
            var fields = colon < 0 ? [] : line[(colon + 1)..].Split([' ', ',', '.'], StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length != 6 || !fields.All(f => long.TryParse(f, NumberStyles.None, CultureInfo.InvariantCulture, out _)))
            {
                throw new FormatException($"{source} line {i + 1}: '{line}' is not a cover block (file.go:line.col,line.col statements count).");
            }

            var n = fields.Select(f => long.Parse(f, CultureInfo.InvariantCulture)).ToArray();
            var key = (line[..colon], (int)n[0], (int)n[1], (int)n[2], (int)n[3]);
            _blocks[key] = _blocks.TryGetValue(key, out var known) ? (known.Statements, Math.Max(known.Count, n[5])) : ((int)n[4], n[5]);
        }
    }
}
