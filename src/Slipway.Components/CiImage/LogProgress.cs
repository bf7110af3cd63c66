using Serilog;

namespace Slipway.Components.CiImage;

/// <summary>
/// Sends Docker build and push progress to the log as it arrives (synchronously, so lines keep their order);
/// per-layer transfer bars go to the verbose level so a push does not flood the log.
/// </summary>
internal sealed class LogProgress(ILogger log) : IProgress<string>
{
    private static readonly string[] TransferStates = ["Pushing", "Preparing", "Waiting", "Downloading", "Extracting"];

    public void Report(string value)
    {
        var text = value.TrimEnd();
        if (text.Length == 0)
        {
            return;
        }

        var status = text.IndexOf(": ", StringComparison.Ordinal) is var colon and >= 0 ? text[(colon + 2)..] : text;
        if (TransferStates.Any(s => status.StartsWith(s, StringComparison.Ordinal)))
        {
            log.Verbose("{Line}", text);
        }
        else
        {
            log.Information("{Line}", text);
        }
    }
}
