namespace ReportMiner.Documents;

/// <summary>
/// One block of a document in reading order. <see cref="Text"/> has exactly <see cref="SourceSpan.Length"/>
/// characters and equals the document text at <see cref="Span"/> with line breaks read as spaces, so an offset
/// inside the block maps to the document by adding <see cref="SourceSpan.Start"/>.
/// </summary>
public sealed record Block
{
    /// <summary>What the block is.</summary>
    public required BlockKind Kind { get; init; }

    /// <summary>The block's text (line breaks read as spaces).</summary>
    public required string Text { get; init; }

    /// <summary>Where the block stands in the document.</summary>
    public required SourceSpan Span { get; init; }

    /// <summary>The heading level (1 is the top) for headings; 0 otherwise.</summary>
    public int Level { get; init; }

    /// <summary>The cells of a table row, in order; empty for other blocks.</summary>
    public IReadOnlyList<string> Cells { get; init; } = [];

    /// <summary>The 1-based page, where the format has pages.</summary>
    public int? Page => Span.Page;
}
