namespace ReportMiner.Loading.Html;

/// <summary>The codes of the warnings <see cref="HtmlLoader"/> puts on a document.</summary>
public static class HtmlWarningCodes
{
    /// <summary>The page has no readable text (empty, only markup, or only page chrome).</summary>
    public const string NoText = "html-no-text";

    /// <summary>The page's main content is an image (or images) with little or no text; ReportMiner does not read images.</summary>
    public const string ImageContent = "html-image-content";

    /// <summary>The text was cut at <see cref="HtmlLoaderOptions.MaxTextLength"/>.</summary>
    public const string TextTruncated = "html-text-truncated";

    /// <summary>The page's declared charset contradicts its bytes; the bytes were believed.</summary>
    public const string CharsetMismatch = HtmlCharsetDecoder.MismatchCode;
}
