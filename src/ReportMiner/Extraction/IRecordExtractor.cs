using ReportMiner.Documents;

namespace ReportMiner.Extraction;

/// <summary>
/// One stage of extraction: reads the document (and what earlier stages put in the context) and adds what it
/// finds to the context. Extractors never open files and never write output.
/// </summary>
public interface IRecordExtractor
{
    /// <summary>Reads <paramref name="document"/> and adds findings to <paramref name="context"/>.</summary>
    void Extract(ReportDocument document, ExtractionContext context);
}
