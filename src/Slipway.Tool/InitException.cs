namespace Slipway.Tool;

/// <summary>Bad input to <c>slipway init</c>: the message says what, where and what to do; the command exits with 2.</summary>
public sealed class InitException : Exception
{
    /// <summary>An error with <paramref name="message"/>.</summary>
    public InitException(string message)
        : base(message)
    {
    }

    /// <summary>An error with <paramref name="message"/>, caused by <paramref name="innerException"/>.</summary>
    public InitException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>An error without a message (serializers).</summary>
    public InitException()
    {
    }
}
