using ReportMiner.Pdf.Objects;

namespace ReportMiner.Pdf.Filters;

/// <summary>
/// LZWDecode (§7.4.4): 9- to 12-bit codes, most significant bit first, 256 = clear table, 257 = end of data;
/// /EarlyChange 1 (the default) widens codes one entry early.
/// </summary>
internal sealed class LzwFilter : IStreamFilter
{
    private const int ClearTable = 256;
    private const int EndOfData = 257;
    private const int MaxCodes = 4096;

    public static LzwFilter Instance { get; } = new();

    public byte[] Decode(ReadOnlyMemory<byte> input, PdfDictionary? parameters, FilterContext context)
    {
        var earlyChange = context.GetInt(parameters, "EarlyChange", 1) == 0 ? 0 : 1;
        var decoded = Run(input.Span, earlyChange, context);
        return Predictor.Apply(decoded, parameters, context);
    }

    private static byte[] Run(ReadOnlySpan<byte> input, int earlyChange, FilterContext context)
    {
        using var sink = new ByteSink((long)input.Length * 3 + 64, context.MaxOutputBytes);

        // Every table entry is a run of earlier output: entry = (offset, length) into the sink.
        var offsets = new int[MaxCodes];
        var lengths = new int[MaxCodes];
        var next = 258;
        var codeLength = 9;
        var previous = -1;
        var previousLength = 0;
        var bitBuffer = 0u;
        var bitCount = 0;
        var pos = 0;
        var damaged = false;

        while (!sink.IsFull)
        {
            while (bitCount < codeLength && pos < input.Length)
            {
                bitBuffer = (bitBuffer << 8) | input[pos++];
                bitCount += 8;
            }

            if (bitCount < codeLength)
            {
                break; // end of input without an end-of-data code: common and harmless
            }

            var code = (int)((bitBuffer >> (bitCount - codeLength)) & ((1u << codeLength) - 1));
            bitCount -= codeLength;

            if (code == ClearTable)
            {
                next = 258;
                codeLength = 9;
                previous = -1;
                continue;
            }

            if (code == EndOfData)
            {
                break;
            }

            var start = sink.Length;
            int length;
            if (code < 256)
            {
                sink.WriteByte((byte)code);
                length = 1;
            }
            else if (code < next && previous >= 0)
            {
                sink.CopyWithin(offsets[code], lengths[code]);
                length = lengths[code];
            }
            else if (code == next && previous >= 0)
            {
                // The KwKwK case: the previous string followed by its own first byte.
                sink.CopyWithin(start - previousLength, previousLength);
                sink.WriteByte(sink.Written[start - previousLength]);
                length = previousLength + 1;
            }
            else
            {
                damaged = true;
                break;
            }

            if (previous >= 0 && next < MaxCodes)
            {
                // The new entry (previous string + first byte of this one) lies contiguously in the output.
                offsets[next] = start - previousLength;
                lengths[next] = previousLength + 1;
                next++;
                if (next + earlyChange >= (1 << codeLength) && codeLength < 12)
                {
                    codeLength++;
                }
            }

            previous = code;
            previousLength = length;
        }

        if (damaged)
        {
            context.Repair("lzw-damaged", $"{context.Description}: the LZW data has an invalid code; the first {sink.Length} decoded bytes were kept.");
        }

        context.WarnIfLimited(sink, "LZWDecode");
        return sink.ToArray();
    }
}
