namespace ReportMiner.Documents;

/// <summary>What a block of a document is.</summary>
public enum BlockKind
{
    /// <summary>A heading; <see cref="Block.Level"/> gives its level (1 is the top).</summary>
    Heading,

    /// <summary>A paragraph of prose.</summary>
    Paragraph,

    /// <summary>An item of a bulleted or numbered list (the marker is kept in the text).</summary>
    ListItem,

    /// <summary>A row of a table; <see cref="Block.Cells"/> holds its cells (HTML and PDF text joins them with tabs; plain text keeps its own spacing).</summary>
    TableRow,

    /// <summary>A block quotation (an HTML <c>&lt;blockquote&gt;</c>, a pull quote).</summary>
    Quotation,

    /// <summary>Page furniture: a running header or footer, or a page number. Kept, but not read for findings.</summary>
    Furniture,
}
