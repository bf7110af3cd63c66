namespace Slipway.Testing;

/// <summary>How a <see cref="LocalRegistry"/> authenticates.</summary>
public enum RegistryAuthMode
{
    /// <summary>No authentication.</summary>
    Open,

    /// <summary>htpasswd (bcrypt) Basic authentication.</summary>
    Basic,

    /// <summary>Bearer tokens from a <see cref="TokenServer"/>.</summary>
    Token,
}
