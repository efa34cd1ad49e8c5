using ReportMiner.Pdf.Objects;

namespace ReportMiner.Pdf.Filters;

/// <summary>RunLengthDecode (§7.4.5): a length byte 0–127 copies the next n+1 bytes, 129–255 repeats the next byte 257−n times, 128 ends the data.</summary>
internal sealed class RunLengthFilter : IStreamFilter
{
    public static RunLengthFilter Instance { get; } = new();

    public byte[] Decode(ReadOnlyMemory<byte> input, PdfDictionary? parameters, FilterContext context)
    {
        var s = input.Span;
        using var sink = new ByteSink((long)s.Length * 2, context.MaxOutputBytes);
        var i = 0;
        while (i < s.Length && !sink.IsFull)
        {
            var n = s[i++];
            if (n == 128)
            {
                break;
            }

            if (n < 128)
            {
                var count = Math.Min(n + 1, s.Length - i);
                sink.Write(s.Slice(i, count));
                i += count;
            }
            else if (i < s.Length)
            {
                sink.Fill(s[i++], 257 - n);
            }
        }

        context.WarnIfLimited(sink, "RunLengthDecode");
        return sink.ToArray();
    }
}
