using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Slipway.Clients.Registry;

namespace Slipway.Components.CiImage;

/// <summary>
/// The CI image's tag, derived from what goes into the image and nothing else, so every run (and the CI
/// generator writing <c>.gitlab-ci.yml</c>) names the same image without asking a registry for a "latest".
/// <para>
/// Tag = prefix + the first 12 lowercase hex digits of SHA-256 over this byte sequence (version 1):
/// </para>
/// <code>
/// "slipway-ci-image-tag 1\n"
/// "dockerfile " N "\n" &lt;N bytes: the Dockerfile&gt; "\n"
/// "mise-config " N "\n" &lt;N bytes: .mise/config.toml&gt; "\n"     or "mise-config absent\n"
/// "build-arg " N "\n" &lt;N bytes: UTF-8 KEY=VALUE&gt; "\n"         once per argument, sorted by KEY (ordinal)
/// "target " N "\n" &lt;N bytes: UTF-8 stage name&gt; "\n"            N = 0 without a target stage
/// </code>
/// N is the decimal byte count (ASCII), so no content can be mistaken for a separator. File bytes are hashed as
/// stored (no newline or encoding normalisation). Files the Dockerfile COPYs other than the mise config are not
/// covered: keep the CI image's inputs to these two files.
/// </summary>
public static class CiImageTag
{
    /// <summary>The default tag prefix.</summary>
    public const string DefaultPrefix = "ci-";

    /// <summary>Hex digits of the hash kept in the tag.</summary>
    public const int HashLength = 12;

    /// <summary>The mise config's path relative to the root.</summary>
    public const string MiseConfigPath = ".mise/config.toml";

    /// <summary>The tag for the given inputs; <paramref name="miseConfig"/> null when the file does not exist.</summary>
    /// <exception cref="ArgumentException">The prefix would make an invalid tag.</exception>
    public static string Compute(
        ReadOnlySpan<byte> dockerfile,
        byte[]? miseConfig,
        IReadOnlyDictionary<string, string> buildArgs,
        string? targetStage,
        string prefix = DefaultPrefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        var tag = prefix + Convert.ToHexStringLower(SHA256.HashData(Preimage(dockerfile, miseConfig, buildArgs, targetStage)))[..HashLength];
        return ImageReference.IsValidTag(tag)
            ? tag
            : throw new ArgumentException($"Tag prefix '{prefix}' gives the invalid tag '{tag}': tags must match [a-zA-Z0-9_][a-zA-Z0-9._-]{{0,127}}.", nameof(prefix));
    }

    /// <summary>
    /// The tag for the files under <paramref name="root"/>: <paramref name="dockerfile"/> (relative) and
    /// <see cref="MiseConfigPath"/> (optional).
    /// </summary>
    /// <exception cref="FileNotFoundException">The Dockerfile does not exist.</exception>
    public static string ComputeFromFiles(string root, string dockerfile, IReadOnlyDictionary<string, string> buildArgs, string? targetStage, string prefix = DefaultPrefix)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(dockerfile);
        var dockerfilePath = Path.Combine(root, dockerfile);
        if (!File.Exists(dockerfilePath))
        {
            throw new FileNotFoundException($"The CI image's Dockerfile '{dockerfile}' does not exist in {root}; create it or pass --ci-dockerfile <path relative to the root>.", dockerfilePath);
        }

        var misePath = Path.Combine(root, MiseConfigPath);
        return Compute(File.ReadAllBytes(dockerfilePath), File.Exists(misePath) ? File.ReadAllBytes(misePath) : null, buildArgs, targetStage, prefix);
    }

    /// <summary>The exact bytes hashed (see the type's documentation).</summary>
    public static byte[] Preimage(ReadOnlySpan<byte> dockerfile, byte[]? miseConfig, IReadOnlyDictionary<string, string> buildArgs, string? targetStage)
    {
        ArgumentNullException.ThrowIfNull(buildArgs);
        using var buffer = new MemoryStream();
        Append(buffer, "slipway-ci-image-tag 1\n"u8);
        Field(buffer, "dockerfile", dockerfile);
        if (miseConfig is null)
        {
            Append(buffer, "mise-config absent\n"u8);
        }
        else
        {
            Field(buffer, "mise-config", miseConfig);
        }

        foreach (var (key, value) in buildArgs.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            Field(buffer, "build-arg", Encoding.UTF8.GetBytes($"{key}={value}"));
        }

        Field(buffer, "target", Encoding.UTF8.GetBytes(targetStage ?? ""));
        return buffer.ToArray();
    }

    private static void Field(MemoryStream buffer, string name, ReadOnlySpan<byte> content)
    {
        Append(buffer, Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{name} {content.Length}\n")));
        Append(buffer, content);
        Append(buffer, "\n"u8);
    }

    private static void Append(MemoryStream buffer, ReadOnlySpan<byte> bytes) => buffer.Write(bytes);
}
