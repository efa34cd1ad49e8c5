namespace ReportMiner.Pdf.Objects;

/// <summary>
/// Resolves indirect references and decodes streams. The object layer (parser, cross-reference, filters,
/// decryption) implements it; the text layer (fonts, content streams, layout) only consumes it, so the two
/// layers meet at this interface and nowhere else.
/// </summary>
public interface IPdfObjectResolver
{
    /// <summary>Follows <paramref name="obj"/> through indirect references (with a loop bound) to a direct object; a missing object resolves to <see cref="PdfNull.Instance"/>.</summary>
    PdfObject Resolve(PdfObject? obj);

    /// <summary>Applies the stream's filters and returns the decoded bytes; image filters (DCT, JPX, JBIG2, CCITT) give an empty result. Decoded size is bounded by the read options.</summary>
    byte[] DecodeStream(PdfStream stream);
}
