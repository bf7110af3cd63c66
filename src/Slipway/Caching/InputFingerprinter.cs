using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using Slipway.Graph;
using Slipway.Parameters;

namespace Slipway.Caching;

/// <summary>
/// Computes <see cref="InputFingerprint"/>s. Tool identities and the build code's identity are computed once per
/// run and shared by all targets; files are streamed through SHA-256, in parallel when there are many.
/// </summary>
internal sealed class InputFingerprinter
{
    private readonly BuildContext _context;
    private readonly Type _buildType;
    private readonly string _platform;
    private readonly ConcurrentDictionary<string, Lazy<string>> _tools = new(StringComparer.Ordinal);
    private readonly Lazy<string> _code;

    public InputFingerprinter(BuildContext context, Type buildType, string platform)
    {
        _context = context;
        _buildType = buildType;
        _platform = platform;
        _code = new Lazy<string>(() => CodeIdentity(buildType), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The platform string used when none is injected: OS description, architecture, runtime identifier.</summary>
    public static string CurrentPlatform =>
        $"{RuntimeInformation.OSDescription} {RuntimeInformation.OSArchitecture} {RuntimeInformation.RuntimeIdentifier}";

    public InputFingerprint Compute(TargetNode target, string salt)
    {
        var definition = target.Definition;
        var paths = new FileGlob(definition.Inputs).Match(_context.RootDirectory);
        var hashes = new string[paths.Count];
        Parallel.For(0, paths.Count, new ParallelOptions { MaxDegreeOfParallelism = paths.Count < 32 ? 1 : Environment.ProcessorCount }, i =>
            hashes[i] = HashFile(_context.PathTo(paths[i])));
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < paths.Count; i++)
        {
            files[paths[i]] = hashes[i];
        }

        var variables = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in definition.InputVariables)
        {
            variables[name] = Salted(salt, _context.Environment.TryGetValue(name, out var value) ? "=" + value : "unset");
        }

        foreach (var (name, compute) in definition.InputValues)
        {
            variables["value " + name] = Salted(salt, compute() is { } value ? "=" + value : "unset");
        }

        var parameters = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var value in _context.Parameters.Values.Where(v => v.Source != ParameterSource.Default))
        {
            parameters[value.Parameter.Name] = Salted(salt, value.Parameter.Type.FullName + "=" + Canonical(value.Value));
        }

        var tools = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var tool in definition.Tools)
        {
            tools[tool.Name] = _tools.GetOrAdd(tool.Name, name => new Lazy<string>(() => ToolIdentity(name))).Value;
        }

        var declaration = Hash(Describe(target));
        var all = new StringBuilder()
            .Append("slipway-inputs ").Append(CacheRecord.CurrentFormat).Append('\n')
            .Append(Field("definition", declaration)).Append(Field("platform", _platform));
        foreach (var (kind, entries) in new[] { ("file", files), ("variable", variables), ("parameter", parameters), ("tool", tools) })
        {
            foreach (var (name, digest) in entries)
            {
                all.Append(Field(kind, name)).Append(Field("=", digest));
            }
        }

        return new InputFingerprint(Hash(all.ToString()), declaration, _platform, files, variables, parameters, tools);
    }

    /// <summary>A fresh random salt for a target that has no readable record.</summary>
    public static string NewSalt() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    private string Describe(TargetNode target)
    {
        var d = target.Definition;
        var text = new StringBuilder()
            .Append(Field("name", target.Name))
            .Append(Field("declared-by", target.DeclaringType.FullName ?? target.DeclaringType.Name))
            .Append(Field("code", _code.Value))
            .Append(Field("declaring-assembly", target.DeclaringType.Assembly.ManifestModule.ModuleVersionId.ToString("N")));
        void List(string kind, IEnumerable<string> items)
        {
            foreach (var item in items)
            {
                text.Append(Field(kind, item));
            }
        }

        List("input", d.Inputs);
        List("input-variable", d.InputVariables);
        List("input-value", d.InputValues.Select(v => v.Name));
        List("output", d.Outputs);
        List("tool", d.Tools.Select(t => t.Name + (t.Optional ? "?" : "")));
        List("produces", d.Produces);
        List("consumes", target.Consumes.Select(c => c.Producer.Name + ":" + string.Join(',', c.Paths)));
        return text.ToString();
    }

    /// <summary>
    /// The module version ids of the build's assembly and every non-framework assembly it references, transitively.
    /// Builds are deterministic, so an id changes exactly when that assembly's code does.
    /// </summary>
    private static string CodeIdentity(Type buildType)
    {
        // shared/Microsoft.NETCore.App/<version>/System.Private.CoreLib.dll: everything under shared/ is the framework.
        var frameworkDirectory = Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(typeof(object).Assembly.Location))) ?? "";
        var seen = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var queue = new Queue<Assembly>([buildType.Assembly]);
        while (queue.TryDequeue(out var assembly))
        {
            var name = assembly.GetName().Name ?? assembly.FullName ?? "?";
            if (seen.ContainsKey(name) || (assembly.Location.Length > 0 && assembly.Location.StartsWith(frameworkDirectory, StringComparison.Ordinal)))
            {
                continue;
            }

            seen[name] = assembly.ManifestModule.ModuleVersionId.ToString("N");
            foreach (var reference in assembly.GetReferencedAssemblies().Where(r => !seen.ContainsKey(r.Name ?? "")))
            {
                try
                {
                    queue.Enqueue(Assembly.Load(reference));
                }
                catch (Exception ex) when (ex is FileNotFoundException or FileLoadException or BadImageFormatException)
                {
                    seen[reference.Name ?? reference.FullName] = "unloadable"; // Never needed at run time, so it cannot change behaviour.
                }
            }
        }

        return string.Join(',', seen.Select(kv => kv.Key + "@" + kv.Value));
    }

    /// <summary>
    /// A tool's identity: the executable it resolves to (symlinks followed, so an upgrade behind <c>/usr/bin/go</c>
    /// counts), its size, last write time and content hash. Running <c>--version</c> is not done: it costs a process
    /// start per tool per run, some tools' version commands are slow or need a daemon, and the content hash is stricter.
    /// </summary>
    private string ToolIdentity(string name)
    {
        if (_context.Tools.Locate(name) is not { } located)
        {
            return "missing";
        }

        var path = File.ResolveLinkTarget(located, returnFinalTarget: true)?.FullName ?? Path.GetFullPath(located);
        var info = new FileInfo(path);
        return string.Create(CultureInfo.InvariantCulture, $"{path} size={info.Length} modified={info.LastWriteTimeUtc:O} sha256={HashFile(path)}");
    }

    private static string Canonical(object? value) => value switch
    {
        null => "null",
        string text => "s:" + text,
        Array array => "[" + string.Join(",", array.Cast<object?>().Select(Canonical)) + "]",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    private static string Salted(string salt, string value) => Hash(salt + "\n" + value);

    // Length-prefixed, so no choice of names or values can make two different ingredient lists hash alike.
    private static string Field(string kind, string value) => string.Create(CultureInfo.InvariantCulture, $"{kind}:{value.Length}:{value}\n");

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static string HashFile(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1 << 16, FileOptions.SequentialScan);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
