using System.Globalization;
using System.Xml.Linq;

namespace Slipway.Clients.Diagnostics;

/// <summary>
/// Writes a <see cref="CoverProfile"/> as a Cobertura XML report, the format GitLab's <c>coverage_report</c> reads: one
/// package per directory, one class per file (paths relative to the repository, so merge requests show them), line
/// hits, and line rates.
/// </summary>
public static class CoberturaReport
{
    /// <summary>The report text; <paramref name="repositoryPath"/> maps a Go file name to its path in the repository.</summary>
    public static string Write(CoverProfile profile, Func<string, string> repositoryPath, DateTimeOffset timestamp)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(repositoryPath);
        var files = profile.Blocks.GroupBy(b => repositoryPath(b.File), StringComparer.Ordinal)
            .Select(g => (Path: g.Key, Lines: Lines(g)))
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .ToList();
        static string Rate(int covered, int total) => (total == 0 ? 0 : (double)covered / total).ToString("0.####", CultureInfo.InvariantCulture);
        var allLines = files.SelectMany(f => f.Lines).ToList();
        var coverage = new XElement("coverage",
            new XAttribute("line-rate", Rate(allLines.Count(l => l.Hits > 0), allLines.Count)),
            new XAttribute("branch-rate", "0"),
            new XAttribute("lines-covered", allLines.Count(l => l.Hits > 0)),
            new XAttribute("lines-valid", allLines.Count),
            new XAttribute("version", "slipway"),
            new XAttribute("timestamp", timestamp.ToUnixTimeSeconds()),
            new XElement("sources", new XElement("source", ".")),
            new XElement("packages", files.GroupBy(f => Directory(f.Path), StringComparer.Ordinal).Select(package =>
            {
                var lines = package.SelectMany(f => f.Lines).ToList();
                return new XElement("package",
                    new XAttribute("name", package.Key),
                    new XAttribute("line-rate", Rate(lines.Count(l => l.Hits > 0), lines.Count)),
                    new XAttribute("branch-rate", "0"),
                    new XElement("classes", package.Select(file => new XElement("class",
                        new XAttribute("name", Path.GetFileNameWithoutExtension(file.Path)),
                        new XAttribute("filename", file.Path),
                        new XAttribute("line-rate", Rate(file.Lines.Count(l => l.Hits > 0), file.Lines.Count)),
                        new XAttribute("branch-rate", "0"),
                        new XElement("methods"),
                        new XElement("lines", file.Lines.Select(l => new XElement("line", new XAttribute("number", l.Number), new XAttribute("hits", l.Hits))))))));
            })));
        return new XDocument(new XDeclaration("1.0", "utf-8", null), new XDocumentType("coverage", null, "http://cobertura.sourceforge.net/xml/coverage-04.dtd", null), coverage).Declaration + "\n"
            + new XDocument(new XDocumentType("coverage", null, "http://cobertura.sourceforge.net/xml/coverage-04.dtd", null), coverage) + "\n";
    }

    private static List<(int Number, long Hits)> Lines(IEnumerable<CoverBlock> blocks)
    {
        var lines = new SortedDictionary<int, long>();
        foreach (var block in blocks.Where(b => b.Statements > 0))
        {
            for (var line = block.StartLine; line <= block.EndLine; line++)
            {
                lines[line] = lines.TryGetValue(line, out var hits) ? Math.Max(hits, block.Count) : block.Count;
            }
        }

        return [.. lines.Select(l => (l.Key, l.Value))];
    }

    private static string Directory(string path)
    {
        var slash = path.LastIndexOf('/');
        return slash < 0 ? "." : path[..slash];
    }
}
