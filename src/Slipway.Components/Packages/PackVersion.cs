namespace Slipway.Components.Packages;

/// <summary>
/// The MSBuild properties that version a pack: an explicit version wins; otherwise MinVer computes it from the latest
/// <c>v*</c> tag, and off a tag its pre-release identifiers carry the branch, so packages of two branches at the
/// same height never share a version (<c>1.3.0-alpha.0.feature-x.4</c>: branch, then commits since the tag).
/// </summary>
public static class PackVersion
{
    /// <summary>MinVer's property for the identifiers it puts before the height.</summary>
    public const string PreReleaseIdentifiersProperty = "MinVerDefaultPreReleaseIdentifiers";

    /// <summary>MinVer's property for a version it must use instead of computing one.</summary>
    public const string VersionOverrideProperty = "MinVerVersionOverride";

    /// <summary>The properties for <paramref name="version"/> (explicit, or null), on <paramref name="branch"/> unless <paramref name="tag"/> is set.</summary>
    /// <exception cref="BuildConfigurationException">The explicit version is not a SemVer 2 version.</exception>
    public static IReadOnlyDictionary<string, string> Properties(string? version, string? branch, string? tag)
    {
        var properties = new Dictionary<string, string>(StringComparer.Ordinal);
        if (version is { Length: > 0 })
        {
            properties["Version"] = NuGet(version) ? version : throw new BuildConfigurationException(
                $"--package-version '{version}' is not a version NuGet accepts (such as 1.2.3 or 1.2.3-beta.1). Pass one, or leave it out to take the version from the git tag.");

            // MinVer sets Version itself after the command line is read; its override is what makes it keep this one.
            properties[VersionOverrideProperty] = version;
        }
        else if (tag is null && branch is { Length: > 0 })
        {
            properties[PreReleaseIdentifiersProperty] = "alpha.0." + Identifier(branch);
        }

        return properties;
    }

    // A SemVer identifier: letters, digits and '-'; a numeric one may not start with 0, so an all-digit slug gets a letter.
    private static string Identifier(string branch)
    {
        var slug = Release.SnapshotVersions.Slug(branch);
        return slug.All(char.IsAsciiDigit) ? "b" + slug : slug;
    }

    private static bool NuGet(string version)
    {
        var core = version.Split('+', 2)[0].Split('-', 2);
        var numbers = core[0].Split('.');
        return numbers.Length is 3 && numbers.All(n => n.Length > 0 && n.All(char.IsAsciiDigit))
            && (core.Length == 1 || core[1].Split('.').All(i => i.Length > 0 && i.All(c => char.IsAsciiLetterOrDigit(c) || c is '-')));
    }
}
