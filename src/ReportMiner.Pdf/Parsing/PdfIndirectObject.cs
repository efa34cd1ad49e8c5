using ReportMiner.Pdf.Objects;

namespace ReportMiner.Pdf.Parsing;

/// <summary>An indirect object as read from the file: <c>N G obj … endobj</c>.</summary>
/// <param name="Number">The object number.</param>
/// <param name="Generation">The generation number.</param>
/// <param name="Value">The object.</param>
internal readonly record struct PdfIndirectObject(int Number, int Generation, PdfObject Value);
