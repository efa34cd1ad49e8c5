namespace ReportMiner.Pdf;

/// <summary>A block of text on a page, in reading order: a paragraph, heading, list item, table row, header, footer or page number.</summary>
public sealed record PdfTextBlock
{
    /// <summary>What the block is.</summary>
    public required PdfBlockKind Kind { get; init; }

    /// <summary>The block's text: lines joined by a single space with line-end hyphenation resolved; for a table row, the cells joined by a tab.</summary>
    public required string Text { get; init; }

    /// <summary>The cells of a table row, left to right (empty cells included as ""); empty for other kinds.</summary>
    public IReadOnlyList<string> Cells { get; init; } = [];

    /// <summary>The block's bounding box in points, in display space (origin at the lower left of the crop box, page rotation applied).</summary>
    public PdfRectangle Bounds { get; init; }

    /// <summary>The dominant font size in points.</summary>
    public double FontSize { get; init; }

    /// <summary>Whether most of the block's text is set in a bold font.</summary>
    public bool IsBold { get; init; }

    /// <summary>For a heading, 1 (largest) to 3; 0 for other kinds.</summary>
    public int HeadingLevel { get; init; }

    /// <summary>The block's lines as laid out (table rows: one line per cell), for plain-text output.</summary>
    internal IReadOnlyList<string> Lines { get; init; } = [];
}
