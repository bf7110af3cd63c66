using System.Xml.Linq;
using Slipway.Clients.Diagnostics;
using Xunit;

namespace Slipway.Clients.Tests.Diagnostics;

/// <summary>Go cover profiles merged into Cobertura reports GitLab reads.</summary>
public class CoverageTests
{
    private const string Profile = """
        mode: atomic
        example.com/shop/cart/cart.go:10.20,12.2 2 5
        example.com/shop/cart/cart.go:14.2,16.3 1 0
        example.com/shop/main.go:5.13,7.2 2 1
        """;

    [Fact]
    public void Statement_coverage_counts_statements_run_at_least_once()
    {
        var profile = new CoverProfile();
        profile.Add(Profile, "cover.out");

        Assert.Equal(4.0 / 5, profile.StatementCoverage, 6);
    }

    [Fact]
    public void A_block_in_two_profiles_keeps_its_larger_count()
    {
        var profile = new CoverProfile();
        profile.Add(Profile, "a.out");
        profile.Add("mode: atomic\nexample.com/shop/cart/cart.go:14.2,16.3 1 3\n", "b.out");

        Assert.Equal(1.0, profile.StatementCoverage, 6);
        Assert.Equal(3, profile.Blocks.Count());
    }

    [Fact]
    public void The_report_has_a_class_per_file_at_its_repository_path_with_line_hits()
    {
        var profile = new CoverProfile();
        profile.Add(Profile, "cover.out");

        var report = XDocument.Parse(CoberturaReport.Write(profile, f => f["example.com/shop/".Length..], DateTimeOffset.FromUnixTimeSeconds(1_700_000_000)));

        var cart = report.Descendants("class").Single(c => (string)c.Attribute("filename")! == "cart/cart.go");
        Assert.Equal("cart", (string)cart.Parent!.Parent!.Attribute("name")!);
        Assert.Equal([(10, 5), (11, 5), (12, 5), (14, 0), (15, 0), (16, 0)], cart.Descendants("line").Select(l => ((int)l.Attribute("number")!, (int)l.Attribute("hits")!)));
        Assert.Equal("0.5", (string)cart.Attribute("line-rate")!);
        Assert.Equal("1700000000", (string)report.Root!.Attribute("timestamp")!);
        Assert.Equal(".", (string)report.Descendants("package").Single(p => p.Descendants("class").Any(c => (string)c.Attribute("filename")! == "main.go")).Attribute("name")!);
    }

    [Fact]
    public void A_line_that_is_no_cover_block_is_named_with_its_number()
    {
        var error = Assert.Throws<FormatException>(() => new CoverProfile().Add("mode: set\nexample.com/a.go:1.1,2.2 one 1\n", "cover.out"));
        Assert.StartsWith("cover.out line 2:", error.Message, StringComparison.Ordinal);
    }
}
