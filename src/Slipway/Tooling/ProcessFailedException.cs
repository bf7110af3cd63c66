namespace Slipway.Tooling;

/// <summary>A tool exited non-zero, timed out or could not start. The message shows the command, the exit code and the last lines of output.</summary>
public sealed class ProcessFailedException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ProcessFailedException(string message, ProcessResult? result = null, Exception? innerException = null)
        : base(message, innerException)
    {
        Result = result;
    }

    /// <summary>What the process did before it failed; null when it never started.</summary>
    public ProcessResult? Result { get; }
}
