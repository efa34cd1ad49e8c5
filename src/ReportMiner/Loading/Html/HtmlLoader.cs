using AngleSharp.Html.Parser;
using ReportMiner.Documents;

namespace ReportMiner.Loading.Html;

/// <summary>
/// Reads a saved HTML page (an inspectorate's web page, a gov.uk press release, a trade-press article) into
/// the document model: the page's main content as headings, paragraphs, list items, table rows and
/// quotations, without its navigation, banners and footer; its title and publication date as metadata.
/// </summary>
/// <remarks>
/// The bytes are decoded as a browser would (byte order mark, then <c>&lt;meta charset&gt;</c>, then UTF-8 or
/// Windows-1252 by the bytes) and parsed by AngleSharp, which repairs malformed markup as browsers do and
/// caps nesting depth. Main content is found with no per-site rule (see <see cref="HtmlLoaderOptions"/> for
/// the limits). A page with no readable text gives an empty document with an <c>html-no-text</c> warning
/// rather than an error. The loader holds no state and may be shared between threads.
/// </remarks>
public sealed class HtmlLoader : IDocumentLoader
{
    /// <summary>Below this many visible characters, main content that holds images is taken to be an image.</summary>
    private const int ImageOnlyTextLength = 200;

    private readonly HtmlLoaderOptions _options;

    /// <summary>Creates a loader with <see cref="HtmlLoaderOptions.Default"/>.</summary>
    public HtmlLoader()
        : this(HtmlLoaderOptions.Default)
    {
    }

    /// <summary>Creates a loader with the given limits.</summary>
    public HtmlLoader(HtmlLoaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
    }

    /// <inheritdoc />
    public DocumentFormat Format => DocumentFormat.Html;

    /// <inheritdoc />
    public ReportDocument Load(ReadOnlyMemory<byte> content, DocumentSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (content.Length > _options.MaxInputBytes)
        {
            throw new DocumentLoadException(
                $"the page is {content.Length:N0} bytes, more than the {_options.MaxInputBytes:N0} that HtmlLoaderOptions.MaxInputBytes allows; raise it to read the page",
                source.Path);
        }

        try
        {
            return Read(content.Span, source);
        }
        catch (Exception e) when (e is not ReportMinerException and not OutOfMemoryException)
        {
            throw new DocumentLoadException($"the HTML page could not be read: {e.Message}", source.Path, innerException: e);
        }
    }

    private ReportDocument Read(ReadOnlySpan<byte> content, DocumentSource source)
    {
        var builder = new ReportDocumentBuilder();
        var decoded = HtmlCharsetDecoder.Decode(content);
        if (decoded.Warning is not null)
        {
            builder.Warn(decoded.Warning);
        }

        using var document = CreateParser().ParseDocument(decoded.Text);
        var main = MainContentLocator.Locate(document);
        var metadata = HtmlMetadataReader.Read(document, main);
        if (HtmlBlockWalker.Walk(main, builder, _options.MaxTextLength))
        {
            builder.Warn(new ReportWarning(
                HtmlWarningCodes.TextTruncated,
                $"the page's text was cut after {_options.MaxTextLength:N0} characters; raise HtmlLoaderOptions.MaxTextLength to read it all"));
        }

        WarnAboutMissingText(builder, main);
        return builder.Build(source, DocumentFormat.Html, metadata);
    }

    private static void WarnAboutMissingText(ReportDocumentBuilder builder, MainContent main)
    {
        // A page that is mostly a picture (a scanned letter, an infographic of ratings) says little in text;
        // the extractors will find little, and the reader should know why.
        if (main.ImageCount > 0 && main.TextLength < ImageOnlyTextLength)
        {
            builder.Warn(new ReportWarning(
                HtmlWarningCodes.ImageContent,
                $"the page's main content is {main.ImageCount} image(s) with {main.TextLength} characters of text; ReportMiner does not read images, so find a text or PDF version"));
        }

        if (builder.Count == 0)
        {
            builder.Warn(new ReportWarning(
                HtmlWarningCodes.NoText,
                "the page has no readable text outside its navigation, banners and footer"));
        }
    }

    private static HtmlParser CreateParser() => new(new HtmlParserOptions
    {
        IsScripting = false,
        SkipComments = true,
        SkipScriptText = true,
        SkipProcessingInstructions = true,
        DisableElementPositionTracking = true,
    });
}
