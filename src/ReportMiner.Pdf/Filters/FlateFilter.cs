using System.IO.Compression;
using System.Runtime.InteropServices;
using ReportMiner.Pdf.Objects;
using ReportMiner.Pdf.Parsing;

namespace ReportMiner.Pdf.Filters;

/// <summary>
/// FlateDecode (§7.4.4) through the runtime's zlib. Real files have missing or garbled zlib headers and
/// truncated data, so the header is checked first, raw deflate is tried when it is wrong, and whatever was
/// decoded before an error is kept (with a warning).
/// </summary>
internal sealed class FlateFilter : IStreamFilter
{
    private const int ChunkSize = 16 * 1024;
    private const int SalvageChunkSize = 256;

    public static FlateFilter Instance { get; } = new();

    public byte[] Decode(ReadOnlyMemory<byte> input, PdfDictionary? parameters, FilterContext context)
    {
        var decoded = Inflate(input, context);
        return Predictor.Apply(decoded, parameters, context);
    }

    private static byte[] Inflate(ReadOnlyMemory<byte> input, FilterContext context)
    {
        var span = input.Span;
        var hasHeader = span.Length >= 2 && (span[0] & 0x0F) == 8 && (span[0] >> 4) <= 7 && ((span[0] << 8) | span[1]) % 31 == 0;

        using var sink = NewSink(input.Length, context);
        var error = Run(input, hasHeader ? Mode.Zlib : Mode.Raw, sink, ChunkSize, context.Diagnostics.Budget);
        if (error is null)
        {
            if (!hasHeader)
            {
                context.Repair("flate-header", $"{context.Description}: the zlib header is missing; the data was read as raw deflate.");
            }

            context.WarnIfLimited(sink, "FlateDecode");
            return sink.ToArray();
        }

        // Damaged data. The runtime drops the output of a read call that fails, so decode again in small steps to
        // keep as much as possible; raw deflate past the header also gets around a wrong checksum.
        var (best, bestError) = (sink, error);
        var afterHeader = span.Length >= 2 ? input[2..] : input;
        var salvages = new List<ByteSink>();
        try
        {
            foreach (var candidate in hasHeader ? [afterHeader] : new[] { input, afterHeader })
            {
                var salvage = NewSink(input.Length, context);
                salvages.Add(salvage);
                var salvageError = Run(candidate, Mode.Raw, salvage, SalvageChunkSize, context.Diagnostics.Budget);
                if (salvage.Length > best.Length || (salvage.Length == best.Length && salvageError is null))
                {
                    (best, bestError) = (salvage, salvageError);
                }

                if (salvageError is null)
                {
                    break;
                }
            }

            return Salvaged(best, bestError, error, context);
        }
        finally
        {
            foreach (var salvage in salvages)
            {
                salvage.Dispose();
            }
        }
    }

    /// <summary>The bytes of the best attempt at damaged data, with the repair that says how they were read.</summary>
    private static byte[] Salvaged(ByteSink best, string? bestError, string error, FilterContext context)
    {
        if (bestError is null)
        {
            context.Repair("flate-header", $"{context.Description}: the zlib header or checksum is damaged ({error}); the data was read as raw deflate.");
        }
        else
        {
            context.Repair(
                "flate-damaged",
                best.Length == 0
                    ? $"{context.Description}: the FlateDecode data is damaged and nothing could be decoded ({bestError})."
                    : $"{context.Description}: the FlateDecode data is damaged or truncated; the first {best.Length} decoded bytes were kept ({bestError}).");
        }

        context.WarnIfLimited(best, "FlateDecode");
        return best.ToArray();
    }

    private static ByteSink NewSink(int inputLength, FilterContext context) =>
        new((long)inputLength * 4 + 64, context.MaxOutputBytes);

    private enum Mode
    {
        Zlib,
        Raw,
    }

    /// <summary>
    /// Inflates into <paramref name="sink"/>; returns the error message, or null when the data ended cleanly. The
    /// budget is checked before each chunk, so a bomb stops when the document's allowance is spent even below the
    /// one-stream limit.
    /// </summary>
    private static string? Run(ReadOnlyMemory<byte> input, Mode mode, ByteSink sink, int chunkSize, ReadBudget budget)
    {
        using var source = AsStream(input);
        using Stream inflater = mode == Mode.Zlib
            ? new ZLibStream(source, CompressionMode.Decompress)
            : new DeflateStream(source, CompressionMode.Decompress);
        try
        {
            while (true)
            {
                var span = sink.GetSpan(chunkSize);
                if (span.IsEmpty)
                {
                    // At the limit: find out whether there was more to come.
                    Span<byte> probe = stackalloc byte[1];
                    if (inflater.Read(probe) > 0)
                    {
                        sink.MarkLimitReached();
                    }

                    return null;
                }

                budget.Check();
                var n = inflater.Read(span);
                if (n == 0)
                {
                    return null;
                }

                sink.Advance(n);
            }
        }
        catch (InvalidDataException e)
        {
            return e.Message;
        }
    }

    private static MemoryStream AsStream(ReadOnlyMemory<byte> input) =>
        MemoryMarshal.TryGetArray(input, out var segment) && segment.Array is not null
            ? new MemoryStream(segment.Array, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(input.ToArray(), writable: false);
}
