using ReportMiner.Documents;

namespace ReportMiner.Records;

/// <summary>The words an item was read from and where they stand in the document.</summary>
/// <param name="Text">The words of the document that state the item.</param>
/// <param name="Span">Where they stand (offsets into the document text, and the page where known).</param>
public sealed record Evidence(string Text, SourceSpan Span);
