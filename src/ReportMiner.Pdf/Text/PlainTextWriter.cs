using System.Text;

namespace ReportMiner.Pdf.Text;

/// <summary>Formats blocks as plain text close to <c>pdftotext</c>'s default mode.</summary>
internal static class PlainTextWriter
{
    /// <summary>One page: blocks separated by a blank line, lines by a line feed.</summary>
    public static string Page(IReadOnlyList<PdfTextBlock> blocks)
    {
        var sb = new StringBuilder();
        foreach (var block in blocks)
        {
            if (sb.Length > 0)
            {
                sb.Append("\n\n");
            }

            var lines = block.Lines.Count > 0 ? block.Lines : [block.Text];
            for (var i = 0; i < lines.Count; i++)
            {
                if (i > 0)
                {
                    sb.Append('\n');
                }

                sb.Append(lines[i]);
            }
        }

        return sb.ToString();
    }

    /// <summary>The document: each page's text followed by a line feed (when not empty) and a form feed, as pdftotext writes it.</summary>
    public static string Document(IEnumerable<PdfPageText> pages)
    {
        var sb = new StringBuilder();
        foreach (var page in pages)
        {
            var text = page.Text;
            if (text.Length > 0)
            {
                sb.Append(text).Append('\n');
            }

            sb.Append('\f');
        }

        return sb.ToString();
    }
}
