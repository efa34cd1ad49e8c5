using ReportMiner.Pdf.Objects;
using ReportMiner.Pdf.Parsing;

namespace ReportMiner.Pdf.Filters;

/// <summary>ASCII85Decode (§7.4.3): groups of five base-85 digits (! to u) make four bytes, z is four zeros, ~&gt; ends the data.</summary>
internal sealed class Ascii85Filter : IStreamFilter
{
    public static Ascii85Filter Instance { get; } = new();

    public byte[] Decode(ReadOnlyMemory<byte> input, PdfDictionary? parameters, FilterContext context)
    {
        var s = input.Span;
        using var sink = new ByteSink(s.Length, context.MaxOutputBytes);
        var start = s.StartsWith("<~"u8) ? 2 : 0;
        long tuple = 0;
        var count = 0;
        Span<byte> group = stackalloc byte[4];
        for (var i = start; i < s.Length && !sink.IsFull; i++)
        {
            var c = s[i];
            if (PdfLexer.IsWhitespace(c))
            {
                continue;
            }

            if (c == (byte)'~')
            {
                break;
            }

            if (c == (byte)'z' && count == 0)
            {
                sink.Fill(0, 4);
                continue;
            }

            if (c < (byte)'!' || c > (byte)'u')
            {
                context.Repair("ascii85-damaged", $"{context.Description}: invalid ASCII85 character 0x{c:X2}; decoding stopped there.");
                break;
            }

            tuple = (tuple * 85) + (c - '!');
            if (++count == 5)
            {
                Write(group, tuple, 4, sink);
                tuple = 0;
                count = 0;
            }
        }

        if (count > 1)
        {
            // A final partial group is padded with the highest digit and yields count − 1 bytes.
            for (var k = count; k < 5; k++)
            {
                tuple = (tuple * 85) + 84;
            }

            Write(group, tuple, count - 1, sink);
        }

        context.WarnIfLimited(sink, "ASCII85Decode");
        return sink.ToArray();
    }

    private static void Write(Span<byte> group, long tuple, int count, ByteSink sink)
    {
        var value = (uint)tuple;
        group[0] = (byte)(value >> 24);
        group[1] = (byte)(value >> 16);
        group[2] = (byte)(value >> 8);
        group[3] = (byte)value;
        sink.Write(group[..count]);
    }
}
