using ReportMiner.Documents;

namespace ReportMiner.Loading;

/// <summary>
/// Reads one format into the document model. Loaders know nothing of ratings or records: they turn bytes
/// into ordered blocks with spans, and report what they could not read as warnings or a
/// <see cref="DocumentLoadException"/> naming the source.
/// </summary>
public interface IDocumentLoader
{
    /// <summary>The format this loader reads.</summary>
    DocumentFormat Format { get; }

    /// <summary>Reads <paramref name="content"/> (the whole file) as a document.</summary>
    /// <exception cref="DocumentLoadException">The content cannot be read as this format.</exception>
    ReportDocument Load(ReadOnlyMemory<byte> content, DocumentSource source);

    /// <summary>
    /// Reads <paramref name="content"/> within <paramref name="budget"/>: a loader that can run long checks the
    /// budget as it goes. The default checks it before and after <see cref="Load(ReadOnlyMemory{byte}, DocumentSource)"/>.
    /// </summary>
    /// <exception cref="DocumentLoadException">The content cannot be read as this format.</exception>
    /// <exception cref="DocumentLimitException">Loading allocated more than the budget allows.</exception>
    /// <exception cref="OperationCanceledException">The budget's token was cancelled.</exception>
    ReportDocument Load(ReadOnlyMemory<byte> content, DocumentSource source, DocumentBudget budget)
    {
        ArgumentNullException.ThrowIfNull(budget);
        budget.ThrowIfExceeded();
        var document = Load(content, source);
        budget.ThrowIfExceeded();
        return document;
    }
}
