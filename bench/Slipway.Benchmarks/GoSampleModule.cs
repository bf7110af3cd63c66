using System.Globalization;

namespace Slipway.Benchmarks;

/// <summary>Writes a small Go module (a command, two packages with tests) so <c>go vet/test/build</c> do real work.</summary>
internal static class GoSampleModule
{
    public static void WriteTo(string root)
    {
        Write(root, "go.mod", "module example.com/sample\n\ngo 1.19\n");
        Write(root, "main.go", "package main\n\nimport (\n\t\"fmt\"\n\n\t\"example.com/sample/calc\"\n\t\"example.com/sample/text\"\n)\n\nfunc main() {\n\tfmt.Println(text.Title(\"sum\"), calc.Sum(1, 2, 3))\n}\n");
        for (var i = 0; i < 8; i++)
        {
            var n = i.ToString(CultureInfo.InvariantCulture);
            Write(root, $"calc/calc{n}.go", $"package calc\n\n// Sum{n} adds its arguments and {n}.\nfunc Sum{n}(values ...int) int {{\n\ttotal := {n}\n\tfor _, v := range values {{\n\t\ttotal += v\n\t}}\n\treturn total\n}}\n");
            Write(root, $"calc/calc{n}_test.go", $"package calc\n\nimport \"testing\"\n\nfunc TestSum{n}(t *testing.T) {{\n\tif got := Sum{n}(1, 2); got != {n}+3 {{\n\t\tt.Fatalf(\"got %d\", got)\n\t}}\n}}\n");
        }

        Write(root, "calc/sum.go", "package calc\n\n// Sum adds its arguments.\nfunc Sum(values ...int) int { return Sum0(values...) }\n");
        Write(root, "text/text.go", "package text\n\nimport \"strings\"\n\n// Title upper-cases the first letter.\nfunc Title(s string) string {\n\tif s == \"\" {\n\t\treturn s\n\t}\n\treturn strings.ToUpper(s[:1]) + s[1:]\n}\n");
        Write(root, "text/text_test.go", "package text\n\nimport \"testing\"\n\nfunc TestTitle(t *testing.T) {\n\tif Title(\"go\") != \"Go\" {\n\t\tt.Fatal(Title(\"go\"))\n\t}\n}\n");
    }

    private static void Write(string root, string relative, string content)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }
}
