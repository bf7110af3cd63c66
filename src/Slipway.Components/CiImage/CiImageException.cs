namespace Slipway.Components.CiImage;

/// <summary>The CI image could not be built or published; the message says which step failed and what to do.</summary>
public sealed class CiImageException : Exception
{
    /// <summary>Creates the exception.</summary>
    public CiImageException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    public CiImageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
