namespace Slipway.Caching;

/// <summary>An output file as a successful run left it: a cheap stat, compared to notice outputs replaced or removed since.</summary>
/// <param name="Size">Length in bytes.</param>
/// <param name="LastWriteUtcTicks">Last write time, UTC ticks.</param>
internal sealed record OutputStamp(long Size, long LastWriteUtcTicks)
{
    /// <summary>The stamp of the file at <paramref name="path"/>, or null when it does not exist.</summary>
    public static OutputStamp? Of(string path)
    {
        var info = new FileInfo(path);
        return info.Exists ? new OutputStamp(info.Length, info.LastWriteTimeUtc.Ticks) : null;
    }
}
