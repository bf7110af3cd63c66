using System.Buffers.Binary;
using System.Text;

namespace Slipway.Clients.Docker;

/// <summary>
/// Splits the daemon's multiplexed container output (non-TTY): frames of an 8-byte header
/// (stream type 1 stdout / 2 stderr, three zero bytes, big-endian uint32 length) followed by the payload.
/// </summary>
internal static class ContainerStreamDemultiplexer
{
    public static async Task<ContainerOutput> ReadAsync(Stream stream, CancellationToken cancellationToken)
    {
        var stdout = new MemoryStream();
        var stderr = new MemoryStream();
        var combined = new MemoryStream();
        var header = new byte[8];
        while (await ReadExactlyOrEndAsync(stream, header, cancellationToken))
        {
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(header.AsSpan(4));
            var payload = new byte[length];
            if (length > 0 && !await ReadExactlyOrEndAsync(stream, payload, cancellationToken))
            {
                throw new IOException("The container output stream ended inside a frame.");
            }

            var target = header[0] == 2 ? stderr : stdout;
            target.Write(payload);
            combined.Write(payload);
        }

        return new ContainerOutput(Decode(stdout), Decode(stderr), Decode(combined));
    }

    private static string Decode(MemoryStream stream) => Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);

    private static async Task<bool> ReadExactlyOrEndAsync(Stream stream, byte[] buffer, CancellationToken cancellationToken)
    {
        var read = await stream.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, cancellationToken);
        if (read == 0)
        {
            return false;
        }

        return read == buffer.Length ? true : throw new IOException("The container output stream ended inside a frame header.");
    }
}
