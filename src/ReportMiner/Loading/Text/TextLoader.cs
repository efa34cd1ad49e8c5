using ReportMiner.Documents;

namespace ReportMiner.Loading.Text;

/// <summary>
/// Reads plain text (UTF-8 with or without BOM, UTF-16, Windows-1252 as the fallback) into blocks whose spans
/// index into the text exactly as it was written.
/// </summary>
public sealed class TextLoader : IDocumentLoader
{
    /// <summary>The shared instance (the loader has no state).</summary>
    public static TextLoader Instance { get; } = new();

    /// <inheritdoc />
    public DocumentFormat Format => DocumentFormat.Text;

    /// <inheritdoc />
    public ReportDocument Load(ReadOnlyMemory<byte> content, DocumentSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var text = TextDecoder.Decode(content.Span, out var encoding);
        var warnings = new List<ReportWarning>();
        if (text.Contains('\uFFFD'))
        {
            warnings.Add(new ReportWarning("text-undecodable", $"some bytes could not be decoded as {encoding.WebName}; they read as U+FFFD"));
        }

        var blocks = TextBlockSplitter.Split(text);
        if (blocks.Count == 0)
        {
            warnings.Add(new ReportWarning("document-empty", "the document has no text"));
        }

        var pages = blocks.Select(b => b.Page).Where(p => p is not null).DefaultIfEmpty().Max();
        return new ReportDocument(source, DocumentFormat.Text, text, blocks, new DocumentMetadata { PageCount = pages }, warnings);
    }
}
