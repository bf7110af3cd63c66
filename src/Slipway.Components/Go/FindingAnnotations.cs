using Slipway.Clients.Diagnostics;
using Slipway.Hosts;

namespace Slipway.Components.Go;

/// <summary>Turns tool findings into host annotations (<c>::error file=..,line=..::</c> on GitHub) with root-relative paths.</summary>
internal static class FindingAnnotations
{
    /// <summary>Annotates a finding of a tool that ran in <paramref name="toolDirectory"/> (its file names are relative to it).</summary>
    public static void Annotate(BuildContext context, Finding finding, string toolDirectory) =>
        AnnotateAt(context, finding, RootRelative(context.RootDirectory, toolDirectory, finding.File));

    /// <summary>Annotates a finding at <paramref name="rootRelativeFile"/>, the finding's file already placed relative to the build root.</summary>
    public static void AnnotateAt(BuildContext context, Finding finding, string? rootRelativeFile)
    {
        var severity = finding.Severity switch
        {
            FindingSeverity.Error => AnnotationSeverity.Error,
            FindingSeverity.Warning => AnnotationSeverity.Warning,
            _ => AnnotationSeverity.Notice,
        };
        var title = finding.Rule is null ? finding.Tool : $"{finding.Tool} ({finding.Rule})";
        context.Annotate(severity, finding.Message, rootRelativeFile, finding.Line, finding.Column, title);
    }

    /// <summary>A tool's file name (relative to where it ran, <c>./</c> or absolute) as a path relative to the build root.</summary>
    public static string? RootRelative(string rootDirectory, string toolDirectory, string? file)
    {
        if (file is null)
        {
            return null;
        }

        var full = Path.GetFullPath(Path.Combine(toolDirectory, file));
        return Path.GetRelativePath(rootDirectory, full).Replace('\\', '/');
    }
}
