namespace ReportMiner.Documents;

/// <summary>
/// Where something stands in a document: character offsets into <see cref="ReportDocument.Text"/> and the
/// 1-based page, where the format has pages.
/// </summary>
/// <param name="Start">The offset of the first character.</param>
/// <param name="Length">The number of characters.</param>
/// <param name="Page">The 1-based page, or null for formats without pages.</param>
public readonly record struct SourceSpan(int Start, int Length, int? Page = null)
{
    /// <summary>The offset just past the last character.</summary>
    public int End => Start + Length;
}
