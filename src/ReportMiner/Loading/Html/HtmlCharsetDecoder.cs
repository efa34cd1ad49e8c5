using System.Text;
using System.Text.RegularExpressions;

namespace ReportMiner.Loading.Html;

/// <summary>How <see cref="HtmlCharsetDecoder"/> chose a page's encoding.</summary>
internal enum CharsetSource
{
    /// <summary>A byte order mark.</summary>
    ByteOrderMark,

    /// <summary>A <c>&lt;meta charset&gt;</c> or <c>http-equiv="Content-Type"</c> declaration.</summary>
    MetaDeclaration,

    /// <summary>The bytes themselves: valid UTF-8, else Windows-1252.</summary>
    Sniffed,
}

/// <summary>A decoded page: its text, the encoding used, how it was chosen and any doubt about it.</summary>
internal sealed record DecodedHtml(string Text, Encoding Encoding, CharsetSource Source, ReportWarning? Warning);

/// <summary>
/// Turns a saved page's bytes into text the way a browser would (WHATWG "encoding sniffing", simplified):
/// a byte order mark wins, then a <c>&lt;meta&gt;</c> charset declaration near the top, then the bytes.
/// We decode before parsing, rather than let AngleSharp read the stream, so that the choice is ours to test
/// and to correct: saved pages often declare one charset and hold another, and that should be a warning,
/// not mojibake.
/// </summary>
internal static partial class HtmlCharsetDecoder
{
    /// <summary>Warning code for a declared charset that the bytes contradict.</summary>
    public const string MismatchCode = "html-charset-mismatch";

    /// <summary>How far into the page a charset declaration is looked for. Browsers look at 1024 bytes;
    /// saved pages often put a long comment or inline script first, so we allow more.</summary>
    private const int PrescanLength = 8192;

    private static readonly Encoding Utf8Text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>Windows-1252, from the code-pages provider built into .NET, without registering it globally.</summary>
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)
        ?? throw new InvalidOperationException("The Windows-1252 code page is not available on this runtime.");

    /// <summary>Decodes <paramref name="content"/>.</summary>
    public static DecodedHtml Decode(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return new(Utf8Text.GetString(content[3..]), Utf8Text, CharsetSource.ByteOrderMark, null);
        }

        if (content.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return new(Encoding.Unicode.GetString(content[2..]), Encoding.Unicode, CharsetSource.ByteOrderMark, null);
        }

        if (content.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return new(Encoding.BigEndianUnicode.GetString(content[2..]), Encoding.BigEndianUnicode, CharsetSource.ByteOrderMark, null);
        }

        var isUtf8 = System.Text.Unicode.Utf8.IsValid(content);
        var declared = FindDeclaredCharset(content[..Math.Min(content.Length, PrescanLength)]);
        if (declared is not null)
        {
            var encoding = ResolveLabel(declared);
            if (encoding is not null)
            {
                return DecodeDeclared(content, declared, encoding, isUtf8);
            }
        }

        // No usable declaration: UTF-8 if the bytes are valid UTF-8 (text in a single-byte code page with any
        // non-ASCII letters almost never is), else the web's legacy default for English pages.
        return isUtf8
            ? new(Utf8Text.GetString(content), Utf8Text, CharsetSource.Sniffed, null)
            : new(Windows1252.GetString(content), Windows1252, CharsetSource.Sniffed, null);
    }

    /// <summary>Maps a charset label to an encoding as browsers do, or null when it is unknown.</summary>
    internal static Encoding? ResolveLabel(string label)
    {
        var name = label.Trim().Trim('"', '\'').ToLowerInvariant();
        switch (name)
        {
            case "utf-8" or "utf8" or "unicode-1-1-utf-8":
                return Utf8Text;

            // WHATWG: these labels all mean Windows-1252, which is a superset of Latin-1 in practice.
            case "iso-8859-1" or "iso8859-1" or "latin1" or "l1" or "us-ascii" or "ascii" or "windows-1252"
                or "cp1252" or "x-cp1252" or "cp819" or "ibm819" or "iso-ir-100" or "x-user-defined":
                return Windows1252;

            // WHATWG: a meta declaration of UTF-16 in a byte stream that parsed as ASCII cannot be true.
            case "utf-16" or "utf-16le" or "utf-16be" or "unicode":
                return Utf8Text;
        }

        try
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(name) ?? Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static DecodedHtml DecodeDeclared(ReadOnlySpan<byte> content, string declared, Encoding encoding, bool isUtf8)
    {
        var declaresUtf8 = encoding.CodePage == Encoding.UTF8.CodePage;
        if (declaresUtf8 && !isUtf8)
        {
            return new(
                Windows1252.GetString(content),
                Windows1252,
                CharsetSource.Sniffed,
                new ReportWarning(MismatchCode, $"the page declares charset '{declared}' but its bytes are not valid UTF-8; read it as Windows-1252"));
        }

        if (!declaresUtf8 && encoding.IsSingleByte && isUtf8 && HasNonAscii(content))
        {
            // Multi-byte UTF-8 sequences are very unlikely in genuine single-byte text, so the declaration is
            // the stale one (a page re-saved as UTF-8 that kept its old <meta>).
            return new(
                Utf8Text.GetString(content),
                Utf8Text,
                CharsetSource.Sniffed,
                new ReportWarning(MismatchCode, $"the page declares charset '{declared}' but its bytes are valid UTF-8; read it as UTF-8"));
        }

        return new(encoding.GetString(content), encoding, CharsetSource.MetaDeclaration, null);
    }

    private static bool HasNonAscii(ReadOnlySpan<byte> content) => content.IndexOfAnyInRange((byte)0x80, (byte)0xFF) >= 0;

    private static string? FindDeclaredCharset(ReadOnlySpan<byte> head)
    {
        // Latin-1 maps every byte to one char, so offsets and ASCII markup survive whatever the real encoding.
        var text = Encoding.Latin1.GetString(head);
        foreach (Match meta in MetaTag().Matches(text))
        {
            var charset = CharsetAttribute().Match(meta.Value);
            if (charset.Success)
            {
                return charset.Groups["label"].Value;
            }
        }

        return null;
    }

    /// <summary>A whole <c>&lt;meta …&gt;</c> tag, outside comments being rare enough near the top to ignore.</summary>
    [GeneratedRegex(@"<meta\b[^>]*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex MetaTag();

    /// <summary><c>charset=LABEL</c> as an attribute or inside a <c>content="text/html; charset=LABEL"</c>.</summary>
    [GeneratedRegex(@"charset\s*=\s*[""']?\s*(?<label>[A-Za-z0-9_.:\-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex CharsetAttribute();
}
