namespace ReportMiner.Pdf;

/// <summary>What a text block is, as layout analysis classified it.</summary>
public enum PdfBlockKind
{
    /// <summary>Body text.</summary>
    Paragraph,

    /// <summary>A heading: a short block in a larger or bold font (see <see cref="PdfTextBlock.HeadingLevel"/>).</summary>
    Heading,

    /// <summary>A list item: a block that starts with a bullet or an item number.</summary>
    ListItem,

    /// <summary>One row of a table (see <see cref="PdfTextBlock.Cells"/>).</summary>
    TableRow,

    /// <summary>Running header text in the top margin.</summary>
    Header,

    /// <summary>Running footer text in the bottom margin.</summary>
    Footer,

    /// <summary>A page number in the top or bottom margin.</summary>
    PageNumber,
}
