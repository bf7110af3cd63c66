using System.Reflection;

namespace Slipway.Parameters;

/// <summary>A <c>[Parameter]</c> member discovered on the build class or one of its component interfaces.</summary>
public sealed class BuildParameter
{
    internal BuildParameter(MemberInfo member, ParameterAttribute attribute)
    {
        Member = member;
        Name = member.Name;
        Description = attribute.Description;
        IsSecret = member.IsDefined(typeof(SecretAttribute), inherit: true);
        Type = member switch
        {
            FieldInfo f => f.FieldType,
            PropertyInfo p => p.PropertyType,
            _ => throw new ArgumentException($"Unsupported member {member.Name}.", nameof(member)),
        };
    }

    /// <summary>The member name (PascalCase), also the key in <c>parameters.json</c>.</summary>
    public string Name { get; }

    /// <summary>The command-line form, e.g. <c>--max-parallel</c>.</summary>
    public string OptionName => "--" + ParameterNames.ToKebabCase(Name);

    /// <summary>The <c>UPPER_SNAKE</c> environment variable form.</summary>
    public string EnvironmentName => ParameterNames.ToUpperSnakeCase(Name);

    /// <summary>Description for help.</summary>
    public string Description { get; }

    /// <summary>Declared type (nullable types allowed).</summary>
    public Type Type { get; }

    /// <summary>True for <c>[Secret]</c>.</summary>
    public bool IsSecret { get; }

    /// <summary>The reflected member.</summary>
    public MemberInfo Member { get; }

    /// <summary>A field, or a property with a setter, on a class: Slipway assigns the value to it.</summary>
    public bool IsInjected => Member is FieldInfo || (Member is PropertyInfo { CanWrite: true } && !Member.DeclaringType!.IsInterface);

    /// <summary>Finds the parameters of a build object: its class hierarchy and its interfaces.</summary>
    public static IReadOnlyList<BuildParameter> Discover(Type buildType)
    {
        const BindingFlags flags = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
        var members = new List<MemberInfo>();
        for (var type = buildType; type is not null && type != typeof(object); type = type.BaseType)
        {
            members.AddRange(type.GetMembers(flags).Where(m => m is FieldInfo or PropertyInfo));
        }

        members.AddRange(buildType.GetInterfaces().OrderBy(i => i.FullName, StringComparer.Ordinal).SelectMany(i => i.GetProperties()));
        var found = new Dictionary<string, BuildParameter>(StringComparer.OrdinalIgnoreCase);
        foreach (var member in members)
        {
            if (member.GetCustomAttribute<ParameterAttribute>(inherit: true) is not { } attribute || member.Name.Contains('.', StringComparison.Ordinal))
            {
                continue;
            }

            var parameter = new BuildParameter(member, attribute);
            if (found.TryGetValue(parameter.Name, out var existing) && existing.Type != parameter.Type)
            {
                throw new BuildConfigurationException(
                    $"Parameter '{parameter.Name}' is declared twice with different types ({existing.Type.Name} in {existing.Member.DeclaringType?.Name}, {parameter.Type.Name} in {member.DeclaringType?.Name}). Use one type or rename one.");
            }

            found.TryAdd(parameter.Name, parameter);
        }

        return [.. found.Values.OrderBy(p => p.Name, StringComparer.Ordinal)];
    }
}
