using System.Text;
using AngleSharp.Dom;
using ReportMiner.Documents;

namespace ReportMiner.Loading.Html;

/// <summary>
/// Reads a page's title and publication date. Title: <c>og:title</c>, then <c>&lt;title&gt;</c> less a
/// trailing site name, then the first <c>&lt;h1&gt;</c>. Date: the publishing meta tags sites write
/// (<c>article:published_time</c>, gov.uk's <c>govuk:first-published-at</c>, Dublin Core), then the first
/// <c>&lt;time&gt;</c> in the main content's header area (an article <c>&lt;header&gt;</c>, or before the first
/// real paragraph). Never a date from the footer or a sidebar: those are skipped as chrome before we look.
/// </summary>
internal static class HtmlMetadataReader
{
    /// <summary>Meta names and properties that state a publication date, best first.</summary>
    internal static readonly string[] PublishedKeys =
    [
        "article:published_time", "govuk:first-published-at", "dc.date.issued", "dcterms.issued", "dcterms.created",
        "date", "dc.date", "datepublished", "citation_publication_date", "og:published_time",
    ];

    /// <summary>A paragraph this long (in visible characters) is body text: a date after it is not the page's.</summary>
    private const int BodyParagraphLength = 60;

    private static readonly string[] TitleSeparators = [" - ", " | ", " \u2013 ", " \u2014 ", " :: "];

    /// <summary>Reads the metadata of <paramref name="document"/>, whose main content is <paramref name="content"/>.</summary>
    public static DocumentMetadata Read(IDocument document, MainContent content)
    {
        var metas = ReadMetaTags(document);
        return new DocumentMetadata
        {
            Title = ReadTitle(document, content, metas),
            Published = ReadPublished(content, metas),
        };
    }

    private static Dictionary<string, string> ReadMetaTags(IDocument document)
    {
        var metas = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var meta in document.QuerySelectorAll("meta"))
        {
            var key = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop");
            var value = meta.GetAttribute("content");
            if (!string.IsNullOrWhiteSpace(key) && !string.IsNullOrWhiteSpace(value))
            {
                metas.TryAdd(key.Trim(), value.Trim());
            }
        }

        return metas;
    }

    private static string? ReadTitle(IDocument document, MainContent content, Dictionary<string, string> metas)
    {
        if (metas.TryGetValue("og:title", out var og) && Clean(og) is { Length: > 0 } ogTitle)
        {
            return ogTitle;
        }

        if (Clean(document.Title) is { Length: > 0 } title)
        {
            return StripSiteName(title, metas.GetValueOrDefault("og:site_name"));
        }

        var h1 = FirstElement(content.Root, content, "h1") ?? document.QuerySelector("h1");
        return h1 is null ? null : Clean(h1.TextContent) is { Length: > 0 } heading ? heading : null;
    }

    /// <summary>Drops a trailing " - GOV.UK" or " | Site Name": the site's name is not the document's title.</summary>
    private static string StripSiteName(string title, string? siteName)
    {
        foreach (var separator in TitleSeparators)
        {
            var at = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (at <= 0)
            {
                continue;
            }

            var tail = title[(at + separator.Length)..].Trim();
            if (tail.Equals("GOV.UK", StringComparison.OrdinalIgnoreCase)
                || (siteName is not null && tail.Equals(siteName.Trim(), StringComparison.OrdinalIgnoreCase)))
            {
                return title[..at].Trim();
            }
        }

        return title;
    }

    private static DateOnly? ReadPublished(MainContent content, Dictionary<string, string> metas)
    {
        foreach (var key in PublishedKeys)
        {
            if (metas.TryGetValue(key, out var value) && HtmlDateParser.TryParse(value, out var date))
            {
                return date;
            }
        }

        var time = FindHeaderTime(content);
        if (time is not null
            && (HtmlDateParser.TryParse(time.GetAttribute("datetime"), out var stamped)
                || HtmlDateParser.TryParse(Clean(time.TextContent), out stamped)))
        {
            return stamped;
        }

        return null;
    }

    /// <summary>
    /// The first <c>&lt;time&gt;</c> inside a <c>&lt;header&gt;</c> of the main content, else the first one that
    /// comes before the content's first body paragraph (where bylines and "Published" lines stand).
    /// </summary>
    private static IElement? FindHeaderTime(MainContent content)
    {
        IElement? beforeBody = null;
        var bodyStarted = false;
        var stack = new Stack<(IElement Element, bool InHeader)>();
        stack.Push((content.Root, content.Root.LocalName == "header"));
        while (stack.Count > 0)
        {
            var (element, inHeader) = stack.Pop();
            if (element != content.Root && content.IsSkipped(element))
            {
                continue;
            }

            if (element.LocalName == "time")
            {
                if (inHeader)
                {
                    return element;
                }

                if (!bodyStarted)
                {
                    beforeBody ??= element;
                }

                continue;
            }

            if (element.LocalName == "p" && MainContentLocator.CountVisible(element.TextContent) >= BodyParagraphLength)
            {
                bodyStarted = true;
            }

            var childInHeader = inHeader || element.LocalName == "header";
            var children = element.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
            {
                if (children[i] is not IElement child)
                {
                    continue;
                }

                stack.Push((child, childInHeader));
            }
        }

        return beforeBody;
    }

    private static IElement? FirstElement(IElement root, MainContent content, string localName)
    {
        var stack = new Stack<IElement>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            if (element != root && content.IsSkipped(element))
            {
                continue;
            }

            if (element.LocalName == localName)
            {
                return element;
            }

            var children = element.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
            {
                if (children[i] is not IElement child)
                {
                    continue;
                }

                stack.Push(child);
            }
        }

        return null;
    }

    private static string? Clean(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!HtmlElementKinds.IsInvisible(c))
            {
                sb.Append(c);
            }
        }

        return ReportDocumentBuilder.FoldWhiteSpace(sb.ToString());
    }
}
