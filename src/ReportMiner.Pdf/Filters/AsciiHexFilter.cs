using ReportMiner.Pdf.Objects;
using ReportMiner.Pdf.Parsing;

namespace ReportMiner.Pdf.Filters;

/// <summary>ASCIIHexDecode (§7.4.2): pairs of hexadecimal digits up to &gt;; white-space is ignored and an odd last digit is followed by 0.</summary>
internal sealed class AsciiHexFilter : IStreamFilter
{
    public static AsciiHexFilter Instance { get; } = new();

    public byte[] Decode(ReadOnlyMemory<byte> input, PdfDictionary? parameters, FilterContext context)
    {
        var s = input.Span;
        var end = s.IndexOf((byte)'>');
        var digits = end < 0 ? s : s[..end];
        if (digits.Length / 2 > context.MaxOutputBytes)
        {
            digits = digits[..(int)(context.MaxOutputBytes * 2)];
            context.Warn("stream-too-large", $"{context.Description}: ASCIIHexDecode output was cut at {context.MaxOutputBytes} bytes (PdfReadOptions.MaxDecodedStreamBytes).");
        }

        return PdfLexer.DecodeHex(digits);
    }
}
