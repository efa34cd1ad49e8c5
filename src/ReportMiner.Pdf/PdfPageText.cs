namespace ReportMiner.Pdf;

/// <summary>The text of one page after layout analysis: blocks in reading order, and what went wrong while reading it.</summary>
public sealed class PdfPageText
{
    private string? text;

    internal PdfPageText(int number, double width, double height, IReadOnlyList<PdfTextBlock> blocks, IReadOnlyList<PdfWarning> warnings)
    {
        Number = number;
        Width = width;
        Height = height;
        Blocks = blocks;
        Warnings = warnings;
    }

    /// <summary>The 1-based page number.</summary>
    public int Number { get; }

    /// <summary>The displayed page width in points (crop box, rotation applied).</summary>
    public double Width { get; }

    /// <summary>The displayed page height in points (crop box, rotation applied).</summary>
    public double Height { get; }

    /// <summary>The blocks in reading order: headers first, then the body (columns left to right, tables row by row), then footers and page numbers.</summary>
    public IReadOnlyList<PdfTextBlock> Blocks { get; }

    /// <summary>Problems met on this page (missing fonts, fonts without Unicode mapping, broken content).</summary>
    public IReadOnlyList<PdfWarning> Warnings { get; }

    /// <summary>The page as plain text: blocks separated by a blank line, the lines of a block by a line feed, table cells on lines of their own.</summary>
    public string Text => text ??= global::ReportMiner.Pdf.Text.PlainTextWriter.Page(Blocks);
}
