namespace ReportMiner;

/// <summary>
/// A problem met while reading or checking a document: a page that could not be read, a score that
/// contradicts its grades. Warnings never stop extraction; they travel with the record.
/// </summary>
/// <param name="Code">A stable, kebab-case code (<c>pdf-font-unmapped</c>, <c>score-mismatch</c>).</param>
/// <param name="Message">What happened and, where it helps, what to do about it.</param>
/// <param name="Page">The 1-based page concerned, where known.</param>
public sealed record ReportWarning(string Code, string Message, int? Page = null);
