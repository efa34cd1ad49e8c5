namespace ReportMiner.Loading.Html;

/// <summary>
/// Which HTML elements break text into blocks. Anything else is inline and joins its text to its neighbours
/// with no space, so <c>Requires &lt;b&gt;im&lt;/b&gt;provement</c> stays one word pair, as a browser shows it.
/// </summary>
internal static class HtmlElementKinds
{
    /// <summary>Elements that a browser lays out as blocks (or table parts), so their text never runs on into a neighbour's.</summary>
    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "dir",
        "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
        "header", "hgroup", "hr", "html", "legend", "li", "listing", "main", "menu", "nav", "ol", "p", "plaintext",
        "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "xmp", "search",
    };

    /// <summary>Whether an element of this local name is laid out as a block.</summary>
    public static bool IsBlock(string localName) => BlockTags.Contains(localName);

    /// <summary>The heading level of <c>h1</c>–<c>h6</c>, or 0 for any other element.</summary>
    public static int HeadingLevel(string localName) =>
        localName.Length == 2 && (localName[0] == 'h' || localName[0] == 'H') && localName[1] is >= '1' and <= '6'
            ? localName[1] - '0'
            : 0;

    /// <summary>Whether <paramref name="c"/> is an invisible formatting character a browser shows as nothing
    /// (soft hyphen, zero-width space and joiners, a stray byte order mark), which would otherwise split words.</summary>
    public static bool IsInvisible(char c) => c is '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF';
}
