namespace ReportMiner.Documents;

/// <summary>
/// A loaded document: its whole text, its blocks in reading order with their spans, its metadata and the
/// warnings met while loading. Loaders make it; extractors read it; nothing changes it afterwards.
/// </summary>
public sealed class ReportDocument
{
    /// <summary>Creates a document.</summary>
    public ReportDocument(
        DocumentSource source,
        DocumentFormat format,
        string text,
        IReadOnlyList<Block> blocks,
        DocumentMetadata? metadata = null,
        IReadOnlyList<ReportWarning>? warnings = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(blocks);
        Source = source;
        Format = format;
        Text = text;
        Blocks = blocks;
        Metadata = metadata ?? DocumentMetadata.Empty;
        Warnings = warnings ?? [];
    }

    /// <summary>Where the document came from.</summary>
    public DocumentSource Source { get; }

    /// <summary>The format it was read from.</summary>
    public DocumentFormat Format { get; }

    /// <summary>
    /// The document's text. For plain text this is the file's text unaltered; for HTML and PDF it is the
    /// blocks' text joined by blank lines (with page breaks as form feeds for PDF).
    /// </summary>
    public string Text { get; }

    /// <summary>The blocks in reading order.</summary>
    public IReadOnlyList<Block> Blocks { get; }

    /// <summary>What the format says about the document.</summary>
    public DocumentMetadata Metadata { get; }

    /// <summary>Problems met while loading (a page that could not be read, a font with no Unicode mapping).</summary>
    public IReadOnlyList<ReportWarning> Warnings { get; }
}
