namespace Slipway.Clients.GoReleaser.Configuration.Templates;

/// <summary>A template cannot be evaluated offline: a syntax Slipway does not support, an unknown field or function, or a value only known at release time.</summary>
public sealed class TemplateException : Exception
{
    /// <summary>Creates the exception.</summary>
    public TemplateException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception without details (for serializers).</summary>
    public TemplateException()
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    public TemplateException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
