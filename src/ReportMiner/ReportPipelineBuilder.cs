using ReportMiner.Classification;
using ReportMiner.Extraction;
using ReportMiner.Extraction.Areas;
using ReportMiner.Extraction.CaseRatios;
using ReportMiner.Extraction.Metadata;
using ReportMiner.Extraction.Quotes;
using ReportMiner.Extraction.Ratings;
using ReportMiner.Frameworks;
using ReportMiner.Loading;
using ReportMiner.Loading.Html;
using ReportMiner.Loading.Pdf;
using ReportMiner.Loading.Text;

namespace ReportMiner;

/// <summary>
/// Builds a <see cref="ReportPipeline"/>: the default loaders and extractors, with room to add or replace
/// stages. Extractors run in the order added.
/// </summary>
/// <example>
/// <code>
/// var pipeline = new ReportPipelineBuilder().UseDefaults().Use(new MyExtractor()).Build();
/// </code>
/// </example>
public sealed class ReportPipelineBuilder
{
    private readonly List<IDocumentLoader> _loaders = [];
    private readonly List<IRecordExtractor> _extractors = [];

    /// <summary>The framework catalogue; default: the shipped one.</summary>
    public FrameworkCatalog Frameworks { get; set; } = FrameworkCatalog.Default;

    /// <summary>The gazetteer; default: the shipped one.</summary>
    public Gazetteer Gazetteer { get; set; } = Gazetteer.Default;

    /// <summary>The classifiers; default: none (rules alone).</summary>
    public ClassifierSet Classifiers { get; set; } = ClassifierSet.None;

    /// <summary>The loaders added so far.</summary>
    public IList<IDocumentLoader> Loaders => _loaders;

    /// <summary>The extractors added so far, in run order.</summary>
    public IList<IRecordExtractor> Extractors => _extractors;

    /// <summary>Adds the text, HTML and PDF loaders and every standard extractor.</summary>
    /// <param name="pdfPassword">The password for encrypted PDFs, if any.</param>
    /// <returns>This builder.</returns>
    public ReportPipelineBuilder UseDefaults(string? pdfPassword = null)
    {
        _loaders.Add(TextLoader.Instance);
        _loaders.Add(new HtmlLoader());
        _loaders.Add(new PdfLoader(pdfPassword));
        var attributor = new StandardAttributor();
        _extractors.Add(new KindExtractor());
        _extractors.Add(new InspectorateExtractor());
        _extractors.Add(new PublishedDateExtractor());
        _extractors.Add(new MainAreaExtractor());
        _extractors.Add(new ProviderExtractor());
        _extractors.Add(new DocumentFrameworkExtractor());
        _extractors.Add(new RatingTableExtractor(Frameworks));
        _extractors.Add(new ProseRatingExtractor(Frameworks));
        _extractors.Add(new CaseRatioExtractor(attributor));
        _extractors.Add(new QuoteExtractor());
        _extractors.Add(new RatingConsistencyChecker());
        return this;
    }

    /// <summary>Adds an extractor after those already added.</summary>
    /// <returns>This builder.</returns>
    public ReportPipelineBuilder Use(IRecordExtractor extractor)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        _extractors.Add(extractor);
        return this;
    }

    /// <summary>Adds a loader, replacing any loader of the same format.</summary>
    /// <returns>This builder.</returns>
    public ReportPipelineBuilder Use(IDocumentLoader loader)
    {
        ArgumentNullException.ThrowIfNull(loader);
        _loaders.RemoveAll(l => l.Format == loader.Format);
        _loaders.Add(loader);
        return this;
    }

    /// <summary>Uses <paramref name="classifiers"/> to assist the rules.</summary>
    /// <returns>This builder.</returns>
    public ReportPipelineBuilder UseClassifiers(ClassifierSet classifiers)
    {
        Classifiers = classifiers ?? ClassifierSet.None;
        return this;
    }

    /// <summary>Makes the pipeline. The builder may be changed afterwards without affecting it.</summary>
    public ReportPipeline Build() => new(_loaders.ToArray(), _extractors.ToArray(), Frameworks, Gazetteer, Classifiers);
}
