using ReportMiner.Documents;

namespace ReportMiner.Extraction;

/// <summary>
/// One stage of extraction: reads the document (and what earlier stages put in the context) and adds what it
/// finds to the context. Extractors never open files and never write output.
/// </summary>
/// <example>
/// <code>
/// // Warns when a document mentions a re-inspection; add it with new ReportPipelineBuilder().UseDefaults().Use(new ReinspectionFlag()).Build().
/// sealed class ReinspectionFlag : IRecordExtractor
/// {
///     public void Extract(ReportDocument document, ExtractionContext context)
///     {
///         if (document.Text.Contains("re-inspection", StringComparison.OrdinalIgnoreCase))
///             context.Warn(new ReportWarning("reinspection", "the document mentions a re-inspection"));
///     }
/// }
/// </code>
/// </example>
public interface IRecordExtractor
{
    /// <summary>Reads <paramref name="document"/> and adds findings to <paramref name="context"/>.</summary>
    void Extract(ReportDocument document, ExtractionContext context);
}
