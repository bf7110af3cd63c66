namespace Slipway.Clients.GoReleaser.Configuration;

/// <summary>A GoReleaser configuration cannot be read: the file is missing, is not YAML, or a value has the wrong shape.</summary>
public sealed class GoReleaserConfigException : Exception
{
    /// <summary>Creates the exception; the message starts with <paramref name="location"/> when known.</summary>
    public GoReleaserConfigException(string message, SourceLocation? location = null, Exception? innerException = null)
        : base(location is null ? message : $"{location}: {message}", innerException)
    {
        Location = location;
    }

    /// <summary>Creates the exception without details (for serializers).</summary>
    public GoReleaserConfigException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public GoReleaserConfigException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public GoReleaserConfigException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Where the problem is, when it is in a file.</summary>
    public SourceLocation? Location { get; }
}
