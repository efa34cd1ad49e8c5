using System.Text;

namespace ReportMiner.Loading.Text;

/// <summary>
/// Decodes the bytes of a text file: a BOM decides (UTF-8, UTF-16 LE/BE); otherwise valid UTF-8 is UTF-8,
/// BOM-less UTF-16 is recognised by its zero bytes, and anything else is read as Windows-1252, which every byte
/// sequence is. The BOM is dropped; nothing else is changed.
/// </summary>
internal static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The Windows-1252 encoding (registered from the code-pages provider on first use).</summary>
    public static Encoding Windows1252 { get; } = LoadWindows1252();

    /// <summary>Decodes <paramref name="bytes"/>, reporting which encoding was used.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes, out Encoding encoding)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            encoding = Encoding.UTF8;
            return DecodeUtf8Lenient(bytes[3..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            encoding = Encoding.Unicode;
            return Encoding.Unicode.GetString(bytes[2..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            encoding = Encoding.BigEndianUnicode;
            return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }

        if (Utf16Order(bytes) is { } utf16)
        {
            encoding = utf16;
            return utf16.GetString(bytes);
        }

        try
        {
            encoding = Encoding.UTF8;
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            encoding = Windows1252;
            return Windows1252.GetString(bytes);
        }
    }

    private static Encoding LoadWindows1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }

    private static string DecodeUtf8Lenient(ReadOnlySpan<byte> bytes) => Encoding.UTF8.GetString(bytes);

    private static Encoding? Utf16Order(ReadOnlySpan<byte> bytes)
    {
        var n = Math.Min(bytes.Length, 4096) & ~1;
        if (n < 8)
        {
            return null;
        }

        int evenZero = 0, oddZero = 0;
        for (var i = 0; i < n; i += 2)
        {
            evenZero += bytes[i] == 0 ? 1 : 0;
            oddZero += bytes[i + 1] == 0 ? 1 : 0;
        }

        var pairs = n / 2;
        if (oddZero > pairs * 0.9 && evenZero == 0)
        {
            return Encoding.Unicode;
        }

        return evenZero > pairs * 0.9 && oddZero == 0 ? Encoding.BigEndianUnicode : null;
    }
}
