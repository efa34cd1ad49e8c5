using ReportMiner.Classification;
using ReportMiner.Documents;
using ReportMiner.Extraction;
using ReportMiner.Extraction.Areas;
using ReportMiner.Frameworks;
using ReportMiner.Loading;
using ReportMiner.Records;

namespace ReportMiner;

/// <summary>
/// An ordered, immutable set of loaders and extractors, built once by <see cref="ReportPipelineBuilder"/> and
/// shared between threads. It turns bytes into a document and a document into a record.
/// </summary>
public sealed class ReportPipeline
{
    internal ReportPipeline(
        IReadOnlyList<IDocumentLoader> loaders,
        IReadOnlyList<IRecordExtractor> extractors,
        FrameworkCatalog frameworks,
        Gazetteer gazetteer,
        ClassifierSet classifiers)
    {
        Loaders = loaders;
        Extractors = extractors;
        Frameworks = frameworks;
        Gazetteer = gazetteer;
        Classifiers = classifiers;
    }

    /// <summary>The loaders, one per format.</summary>
    public IReadOnlyList<IDocumentLoader> Loaders { get; }

    /// <summary>The extractors, in the order they run.</summary>
    public IReadOnlyList<IRecordExtractor> Extractors { get; }

    /// <summary>The framework catalogue.</summary>
    public FrameworkCatalog Frameworks { get; }

    /// <summary>The gazetteer.</summary>
    public Gazetteer Gazetteer { get; }

    /// <summary>The classifiers consulted (possibly none).</summary>
    public ClassifierSet Classifiers { get; }

    /// <summary>Reads <paramref name="content"/> with the loader for its detected format.</summary>
    /// <exception cref="DocumentLoadException">The content cannot be read.</exception>
    public ReportDocument Load(ReadOnlyMemory<byte> content, DocumentSource source) => Load(content, source, DocumentBudget.Unlimited);

    /// <summary>Reads <paramref name="content"/> with the loader for its detected format, within <paramref name="budget"/>.</summary>
    /// <exception cref="DocumentLoadException">The content cannot be read.</exception>
    /// <exception cref="DocumentLimitException">Loading allocated more than the budget allows.</exception>
    /// <exception cref="OperationCanceledException">The budget's token was cancelled.</exception>
    public ReportDocument Load(ReadOnlyMemory<byte> content, DocumentSource source, DocumentBudget budget)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(budget);
        var format = FormatDetector.Detect(content.Span, source);
        var loader = Loaders.FirstOrDefault(l => l.Format == format)
            ?? throw new UnsupportedFormatException($"no loader reads {format} documents in this pipeline", source.Path);
        try
        {
            return loader.Load(content, source, budget);
        }
        catch (ReportMinerException)
        {
            throw;
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            throw new DocumentLoadException($"the {format} loader failed: {e.Message}", source.Path, null, e);
        }
    }

    /// <summary>Runs every extractor over <paramref name="document"/> and returns its record.</summary>
    public ReportRecord Extract(ReportDocument document) => Extract(document, DocumentBudget.Unlimited);

    /// <summary>Runs every extractor over <paramref name="document"/> within <paramref name="budget"/> and returns its record.</summary>
    /// <exception cref="DocumentLimitException">Extraction allocated more than the budget allows.</exception>
    /// <exception cref="OperationCanceledException">The budget's token was cancelled.</exception>
    public ReportRecord Extract(ReportDocument document, DocumentBudget budget)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(budget);
        var context = new ExtractionContext(document, Frameworks, Gazetteer, Classifiers, budget);
        foreach (var extractor in Extractors)
        {
            budget.ThrowIfExceeded();
            extractor.Extract(document, context);
        }

        return context.ToRecord(document.Source.Path);
    }
}
