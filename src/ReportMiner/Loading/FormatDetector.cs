using System.Text;
using ReportMiner.Documents;

namespace ReportMiner.Loading;

/// <summary>
/// Decides a document's format from its bytes first and its extension second, so an <c>.html</c> file that
/// is really a PDF, or a <c>.txt</c> that is really HTML, is read as what it is.
/// </summary>
public static class FormatDetector
{
    private const int SniffLength = 1024;

    /// <summary>Detects the format of <paramref name="content"/>.</summary>
    /// <exception cref="UnsupportedFormatException">The bytes are neither PDF, HTML nor text (an image, an archive, other binary data), or there are none.</exception>
    public static DocumentFormat Detect(ReadOnlySpan<byte> content, DocumentSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (content.IsEmpty)
        {
            throw new UnsupportedFormatException("the file is empty (0 bytes): there is nothing to read", source.Path);
        }

        var head = content[..Math.Min(content.Length, SniffLength)];
        if (head.IndexOf("%PDF-"u8) >= 0)
        {
            return DocumentFormat.Pdf;
        }

        if (LooksBinary(head))
        {
            throw new UnsupportedFormatException(
                $"the file is binary data, not PDF, HTML or text{DescribeMagic(head)}", source.Path);
        }

        if (LooksLikeHtml(head))
        {
            return DocumentFormat.Html;
        }

        return source.Extension is ".html" or ".htm" or ".xhtml" && LooksLikeMarkup(head)
            ? DocumentFormat.Html
            : DocumentFormat.Text;
    }

    private static bool LooksBinary(ReadOnlySpan<byte> head)
    {
        if (HasUtf16Bom(head) || LooksLikeUtf16WithoutBom(head))
        {
            return false;
        }

        var control = 0;
        foreach (var b in head)
        {
            if (b == 0)
            {
                return true;
            }

            if (b < 0x20 && b is not (byte)'\n' and not (byte)'\r' and not (byte)'\t' and not 0x0C)
            {
                control++;
            }
        }

        return control > head.Length / 20 + 1;
    }

    private static bool HasUtf16Bom(ReadOnlySpan<byte> head) =>
        head.Length >= 2 && ((head[0] == 0xFF && head[1] == 0xFE) || (head[0] == 0xFE && head[1] == 0xFF));

    private static bool LooksLikeUtf16WithoutBom(ReadOnlySpan<byte> head)
    {
        // ASCII text in UTF-16 has a zero in every other byte; binary files rarely do so regularly.
        if (head.Length < 16)
        {
            return false;
        }

        int evenZero = 0, oddZero = 0, pairs = head.Length / 2;
        for (var i = 0; i + 1 < head.Length; i += 2)
        {
            evenZero += head[i] == 0 ? 1 : 0;
            oddZero += head[i + 1] == 0 ? 1 : 0;
        }

        return (oddZero > pairs * 0.9 && evenZero == 0) || (evenZero > pairs * 0.9 && oddZero == 0);
    }

    private static bool LooksLikeHtml(ReadOnlySpan<byte> head)
    {
        var text = Encoding.Latin1.GetString(head).TrimStart('\uFEFF', '\u00EF', '\u00BB', '\u00BF', ' ', '\r', '\n', '\t');
        return text.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || (text.StartsWith('<') && (text.Contains("<html", StringComparison.OrdinalIgnoreCase)
                || text.Contains("<body", StringComparison.OrdinalIgnoreCase)
                || text.Contains("<head", StringComparison.OrdinalIgnoreCase)));
    }

    private static bool LooksLikeMarkup(ReadOnlySpan<byte> head) => head.IndexOf((byte)'<') >= 0;

    private static string DescribeMagic(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0x50, 0x4B, 0x03, 0x04]))
        {
            return " (a ZIP archive, such as a .docx or .xlsx: convert it to PDF first)";
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47]) || head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]) || head.StartsWith("GIF8"u8))
        {
            return " (an image: ReportMiner does not read scanned pages)";
        }

        return string.Empty;
    }
}
