namespace Slipway.Clients.GoReleaser;

/// <summary>A GoReleaser output (dist/ directory, artifacts.json, metadata.json, checksums file) is missing or unreadable.</summary>
public sealed class GoReleaserDistException : Exception
{
    /// <summary>Creates the exception.</summary>
    public GoReleaserDistException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    public GoReleaserDistException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception without details (for serializers).</summary>
    public GoReleaserDistException()
    {
    }
}
