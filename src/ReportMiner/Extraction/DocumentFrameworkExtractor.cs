using ReportMiner.Documents;
using ReportMiner.Extraction.Frameworks;

namespace ReportMiner.Extraction;

/// <summary>Decides the framework of the document as a whole (for findings that carry no grade of their own).</summary>
public sealed class DocumentFrameworkExtractor : IRecordExtractor
{
    /// <inheritdoc />
    public void Extract(ReportDocument document, ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.DocumentFramework = new FrameworkResolver(context.Frameworks).ResolveDocument(context);
    }
}
