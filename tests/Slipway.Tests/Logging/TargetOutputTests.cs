using Slipway.Hosts;
using Slipway.Logging;
using Slipway.Tests.Support;

namespace Slipway.Tests.Logging;

public sealed class TargetOutputTests : IDisposable
{
    private readonly TempDirectory _root = TempDirectory.ForBuild();

    public void Dispose() => _root.Dispose();

    private static GitHubActionsHost GitHub() => new(new Dictionary<string, string>(StringComparer.Ordinal));

    [Fact]
    public void Parallel_lines_on_a_terminal_are_prefixed_with_their_target()
    {
        var output = new TestOutput(new TerminalHost(_root.Path), parallel: true);
        output.Output.BeginTarget("Lint");
        output.Output.WriteLine("Lint", "checking");
        output.Output.WriteLine("Test", "running");
        output.Output.WriteLine(null, "summary");
        output.Output.EndTarget("Lint");

        Assert.Equal(["═══ Lint ═══", "[Lint] checking", "[Test] running", "summary"], output.Lines);
    }

    [Fact]
    public void Sequential_lines_on_a_terminal_are_not_prefixed()
    {
        var output = new TestOutput(new TerminalHost(_root.Path), parallel: false);
        output.Output.WriteLine("Lint", "checking");

        Assert.Equal(["checking"], output.Lines);
    }

    [Fact]
    public void Parallel_lines_on_CI_are_buffered_and_written_as_one_group_per_target()
    {
        var output = new TestOutput(GitHub(), parallel: true);
        output.Output.BeginTarget("A");
        output.Output.BeginTarget("B");
        output.Output.WriteLine("A", "a1");
        output.Output.WriteLine("B", "b1");
        output.Output.WriteLine("A", "a2");
        Assert.Empty(output.Lines); // Nothing shows until a target ends.
        output.Output.WriteLine("B", "b2");
        output.Output.EndTarget("B");
        output.Output.EndTarget("A");

        Assert.Equal(["::group::B", "b1", "b2", "::endgroup::", "::group::A", "a1", "a2", "::endgroup::"], output.Lines);
    }

    [Fact]
    public async Task Concurrent_targets_on_CI_never_interleave_inside_a_group()
    {
        var output = new TestOutput(GitHub(), parallel: true);
        using var barrier = new Barrier(2);
        async Task Target(string name)
        {
            await Task.Yield();
            TargetScope.Current = name;
            output.Output.BeginTarget(name);
            barrier.SignalAndWait(TimeSpan.FromSeconds(10)); // Both targets are open before either writes.
            for (var i = 0; i < 200; i++)
            {
                output.Output.WriteLine($"{name} {i}");
            }

            output.Output.EndTarget(name);
        }

        await Task.WhenAll(Task.Run(() => Target("Left")), Task.Run(() => Target("Right")));

        var lines = output.Lines;
        Assert.Equal(2 * 202, lines.Length);
        foreach (var name in new[] { "Left", "Right" })
        {
            var start = Array.IndexOf(lines, $"::group::{name}");
            Assert.Equal(Enumerable.Range(0, 200).Select(i => $"{name} {i}"), lines.Skip(start + 1).Take(200));
            Assert.Equal("::endgroup::", lines[start + 201]);
        }
    }

    [Fact]
    public void Sequential_targets_on_CI_stream_inside_their_group()
    {
        var host = new GitLabCiHost(new Dictionary<string, string>(StringComparer.Ordinal));
        var output = new TestOutput(host, parallel: false);
        output.Output.BeginTarget("Test");
        output.Output.WriteLine("Test", "line");
        Assert.Equal(2, output.Lines.Length); // Written at once, not buffered.
        output.Output.EndTarget("Test");

        Assert.StartsWith("\u001b[0Ksection_start:", output.Lines[0], StringComparison.Ordinal);
        Assert.Equal("line", output.Lines[1]);
        Assert.StartsWith("\u001b[0Ksection_end:", output.Lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Every_line_is_masked_but_raw_lines_are_not()
    {
        var output = new TestOutput(new TerminalHost(_root.Path));
        output.Secrets.Add("abc");
        output.Secrets.Add("abcdef");
        output.Secrets.Add("");
        output.Output.WriteLine(null, "token abcdef and abc");
        output.Output.WriteRaw("::add-mask::abc");

        Assert.Equal(["token *** and ***", "::add-mask::abc"], output.Lines);
    }

    [Fact]
    public void Annotation_parts_are_masked_before_the_host_escapes_them()
    {
        var output = new TestOutput(GitHub(), parallel: true);
        output.Secrets.Add("p%ss:w,rd");
        InTarget(output, "Push", () => output.Output.WriteAnnotation(AnnotationSeverity.Error, "rejected p%ss:w,rd", file: "p%ss:w,rd/a.go", line: 1, title: "login p%ss:w,rd"));

        Assert.Equal(["::group::Push", "::error file=***/a.go,line=1,title=login ***::rejected ***", "::endgroup::"], output.Lines);
    }

    [Fact]
    public void A_secret_is_also_masked_as_the_logger_escapes_it_inside_a_list()
    {
        var output = new TestOutput(GitHub(), parallel: true);
        output.Secrets.Add("a\"b\\c");
        InTarget(output, "Push", () => output.Log.Information("tokens {Tokens}", (object)new[] { "a\"b\\c" }));

        Assert.Equal("tokens [\"***\"]", output.Lines[1][13..]);
    }

    // Runs write as the code of a target on the buffered path would: inside its block, attributed to it.
    private static void InTarget(TestOutput output, string target, Action write)
    {
        output.Output.BeginTarget(target);
        TargetScope.Current = target;
        write();
        TargetScope.Current = null;
        output.Output.EndTarget(target);
    }
}
