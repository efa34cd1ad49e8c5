namespace ReportMiner.Pdf;

/// <summary>A problem the reader recovered from: a short stable <paramref name="Code"/>, a readable message, and the 1-based page when it concerns one page.</summary>
/// <param name="Code">A short stable identifier such as <c>xref-rebuilt</c>, meant for filtering and tests.</param>
/// <param name="Message">What was wrong and what the reader did about it.</param>
/// <param name="Page">The 1-based page number, or <c>null</c> when the warning concerns the whole file.</param>
/// <remarks>
/// Codes from the object layer: <c>header-junk</c>, <c>header-offset</c>, <c>xref-rebuilt</c>, <c>xref-wrong</c>,
/// <c>xref-damaged</c>, <c>xref-loop</c>, <c>catalog-searched</c>, <c>syntax</c>, <c>stream-length</c>,
/// <c>object-damaged</c>, <c>objstm-damaged</c>, <c>objstm-missing</c>, <c>reference-loop</c>, <c>page-tree-loop</c>,
/// <c>page-tree-deep</c>, <c>page-tree-damaged</c>, <c>mediabox-missing</c>, <c>contents-damaged</c>,
/// <c>stream-damaged</c>, <c>stream-too-large</c>, <c>flate-header</c>, <c>flate-damaged</c>, <c>lzw-damaged</c>,
/// <c>ascii85-damaged</c>, <c>predictor-damaged</c>, <c>predictor-unknown</c>, <c>filter-unsupported</c>,
/// <c>aes-damaged</c>, <c>too-many-warnings</c>.
/// </remarks>
public sealed record PdfWarning(string Code, string Message, int? Page = null);
