using AngleSharp.Dom;

namespace ReportMiner.Loading.Html;

/// <summary>How the main content of a page was found.</summary>
internal enum MainContentStrategy
{
    /// <summary>A <c>&lt;main&gt;</c>, <c>[role=main]</c> or <c>&lt;article&gt;</c> element.</summary>
    Landmark,

    /// <summary>The densest text region, by a text-density and link-density score over block containers.</summary>
    TextDensity,

    /// <summary>The whole body (no region stood out, or the page has no text).</summary>
    WholeBody,
}

/// <summary>
/// The part of a page to read: a root element and the elements under it to skip (chrome, hidden elements,
/// link farms). Text counts are of non-white-space characters outside skipped elements.
/// </summary>
internal sealed class MainContent
{
    private readonly HashSet<IElement> _skipped;

    internal MainContent(IElement root, MainContentStrategy strategy, HashSet<IElement> skipped, int textLength, int imageCount)
    {
        Root = root;
        Strategy = strategy;
        _skipped = skipped;
        TextLength = textLength;
        ImageCount = imageCount;
    }

    /// <summary>The element whose content is read.</summary>
    public IElement Root { get; }

    /// <summary>How <see cref="Root"/> was chosen.</summary>
    public MainContentStrategy Strategy { get; }

    /// <summary>The number of non-white-space characters of text to read under <see cref="Root"/>.</summary>
    public int TextLength { get; }

    /// <summary>The number of images under <see cref="Root"/> outside skipped elements.</summary>
    public int ImageCount { get; }

    /// <summary>Whether <paramref name="element"/> (and all it holds) is to be skipped.</summary>
    public bool IsSkipped(IElement element) => _skipped.Contains(element);
}

/// <summary>
/// Finds a page's main content without per-site rules. First it marks what is never content: non-text and
/// hidden elements, then furniture named by tag, ARIA role or id/class words (<see cref="HtmlChrome"/>), then
/// link farms. Then it prefers the page's own landmark (<c>&lt;main&gt;</c>, <c>[role=main]</c>,
/// <c>&lt;article&gt;</c>, the largest by text in that order) and, failing one that holds a fair share of the
/// text, falls back to the block container with the densest non-link text. Every walk is iterative, so a
/// deeply nested page cannot overflow the stack.
/// </summary>
internal static class MainContentLocator
{
    /// <summary>A landmark must hold at least this share of the page's readable text to be trusted.</summary>
    private const double LandmarkMinShare = 0.25;

    /// <summary>A furniture guess by name or role is overruled when the element holds more than this share
    /// of the page's text: a body-wide wrapper called <c>cookie-consent-given</c> is not a cookie banner.</summary>
    private const double FurnitureMaxShare = 0.5;

    /// <summary>A sibling container joins the density winner when it has at least this share of the winner's
    /// non-link text; smaller ones (a contact box, a strapline) are left out.</summary>
    private const double SiblingMinShare = 0.2;

    /// <summary>A list or division is a link farm when at least this share of its text is links…</summary>
    private const double LinkFarmShare = 0.7;

    /// <summary>…and it has at least this many links.</summary>
    private const int LinkFarmMinLinks = 3;

    private static readonly string[] LinkFarmTags = ["ul", "ol", "menu", "div", "section", "p", "td"];

    /// <summary>Elements that can hold a page's whole content, so are candidates for the densest region.</summary>
    private static readonly string[] ContainerTags = ["div", "section", "article", "main", "body", "td", "center", "form"];

    /// <summary>Finds the main content of <paramref name="document"/>.</summary>
    public static MainContent Locate(IDocument document)
    {
        var body = document.Body ?? document.DocumentElement;
        var skipped = new HashSet<IElement>();
        var raw = MeasureRaw(body, skipped);
        MarkFurniture(body, raw, skipped);
        var content = MeasureContent(body, skipped);

        var bodyText = content.Stats.GetValueOrDefault(body).Text;
        var landmark = FindLandmark(content, bodyText);
        if (landmark is not null)
        {
            return Make(landmark, MainContentStrategy.Landmark, skipped, content);
        }

        var densest = FindDensest(body, content);
        return densest is null || densest == body
            ? Make(body, MainContentStrategy.WholeBody, skipped, content)
            : Make(WidenToSiblings(densest, body, content, skipped), MainContentStrategy.TextDensity, skipped, content);
    }

    private static MainContent Make(IElement root, MainContentStrategy strategy, HashSet<IElement> skipped, ContentMeasure content)
    {
        var stats = content.Stats.GetValueOrDefault(root);
        return new MainContent(root, strategy, skipped, stats.Text, stats.Images);
    }

    /// <summary>Pass 1: text per element before furniture is removed, and which elements hold a <c>main</c>.</summary>
    private static Dictionary<IElement, RawStats> MeasureRaw(IElement root, HashSet<IElement> skipped)
    {
        var stats = new Dictionary<IElement, RawStats>();
        PostOrder(root, skipped, skipNeverRead: true, element =>
        {
            var text = 0;
            var holdsMain = IsMainLandmark(element);
            foreach (var child in element.ChildNodes)
            {
                if (child is IText t)
                {
                    text += CountVisible(t.Data);
                }
                else if (child is IElement e && stats.TryGetValue(e, out var s))
                {
                    text += s.Text;
                    holdsMain |= s.HoldsMain;
                }
            }

            stats[element] = new RawStats(text, holdsMain);
        });
        return stats;
    }

    /// <summary>Pass 2: marks furniture, top down, so that furniture inside furniture is not visited.</summary>
    private static void MarkFurniture(IElement body, Dictionary<IElement, RawStats> raw, HashSet<IElement> skipped)
    {
        var pageText = raw.GetValueOrDefault(body).Text;
        var stack = new Stack<(IElement Element, bool InContent, bool InQuote)>();
        stack.Push((body, false, false));
        while (stack.Count > 0)
        {
            var (element, inContent, inQuote) = stack.Pop();
            if (element != body && IsFurniture(element, inContent, inQuote, raw.GetValueOrDefault(element), pageText))
            {
                skipped.Add(element);
                continue;
            }

            var name = element.LocalName;
            var childInContent = inContent || name is "main" or "article" or "section" || IsMainLandmark(element);
            var childInQuote = inQuote || name == "blockquote";
            var children = element.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
            {
                if (children[i] is not IElement child)
                {
                    continue;
                }

                if (!skipped.Contains(child))
                {
                    stack.Push((child, childInContent, childInQuote));
                }
            }
        }
    }

    private static bool IsFurniture(IElement element, bool inContent, bool inQuote, RawStats stats, int pageText)
    {
        if (IsMainLandmark(element) || stats.HoldsMain)
        {
            return false;
        }

        var name = element.LocalName;

        // A header inside the content is the article's own (title, date, standfirst); a footer inside a
        // blockquote is the quote's attribution.
        if (name == "header")
        {
            return !inContent;
        }

        if (name == "footer" && inQuote)
        {
            return false;
        }

        if (HtmlChrome.IsFurnitureTag(element) && name != "form")
        {
            return true;
        }

        // Guesses from forms, roles and names give way when the element holds most of the page: old
        // ASP.NET sites wrap the whole page in one <form>, and some put state classes on wrappers.
        var guessed = name == "form" || HtmlChrome.HasFurnitureRole(element) || HtmlChrome.IsNamedFurniture(element, inContent)
            || HtmlChrome.IsSkipLink(element);
        return guessed && stats.Text <= pageText * FurnitureMaxShare;
    }

    /// <summary>Pass 3: readable text per element once furniture is gone; marks link farms on the way.</summary>
    private static ContentMeasure MeasureContent(IElement body, HashSet<IElement> skipped)
    {
        var measure = new ContentMeasure();
        PostOrder(body, skipped, skipNeverRead: false, element =>
        {
            var s = default(ContentStats);
            // In-page links ("#safe") point into the page itself: a list of them is the page's own summary, not a link farm.
            var isLink = element.LocalName == "a" && !(element.GetAttribute("href")?.StartsWith('#') ?? false);
            foreach (var child in element.ChildNodes)
            {
                if (child is IText t)
                {
                    var n = CountVisible(t.Data);
                    s.Text += n;
                    s.OwnInline += n;
                }
                else if (child is IElement e && !skipped.Contains(e) && measure.Stats.TryGetValue(e, out var c))
                {
                    s.Text += c.Text;
                    s.Link += c.Link;
                    s.Links += c.Links;
                    s.Images += c.Images;
                    s.HoldsLandmark |= c.HoldsLandmark;
                    if (!HtmlElementKinds.IsBlock(e.LocalName))
                    {
                        s.OwnInline += c.OwnInline;
                        s.OwnInlineLink += c.OwnInlineLink;
                    }
                }
            }

            if (isLink)
            {
                s.Link = s.Text;
                s.OwnInlineLink = s.OwnInline;
                s.Links++;
            }

            if (element.LocalName is "img" or "picture" or "image")
            {
                s.Images++;
            }

            if (IsLinkFarm(element, s))
            {
                skipped.Add(element);
                return;
            }

            s.HoldsLandmark |= IsMainLandmark(element) || element.LocalName == "article";
            measure.Stats[element] = s;
            measure.Order.Add(element);
            if (IsMainLandmark(element))
            {
                measure.Mains.Add(element);
            }
            else if (element.LocalName == "article")
            {
                measure.Articles.Add(element);
            }
        });
        return measure;
    }

    private static bool IsLinkFarm(IElement element, ContentStats s) =>
        s.Links >= LinkFarmMinLinks
        && s.Link >= s.Text * LinkFarmShare
        && !s.HoldsLandmark
        && Array.IndexOf(LinkFarmTags, element.LocalName) >= 0;

    private static IElement? FindLandmark(ContentMeasure content, int bodyText)
    {
        foreach (var tier in new[] { content.Mains, content.Articles })
        {
            IElement? best = null;
            var bestText = 0;
            foreach (var candidate in tier)
            {
                var text = content.Stats[candidate].Text;
                if (text > bestText)
                {
                    (best, bestText) = (candidate, text);
                }
            }

            if (best is not null && bestText >= bodyText * LandmarkMinShare)
            {
                return best;
            }
        }

        return null;
    }

    /// <summary>
    /// Scores each block with text of its own by its non-link text, damped by its link density, and credits
    /// the nearest container in full and the one above by half, so the container of many paragraphs wins over
    /// any one paragraph.
    /// </summary>
    private static IElement? FindDensest(IElement body, ContentMeasure content)
    {
        var scores = new Dictionary<IElement, double>();
        foreach (var element in content.Order)
        {
            var s = content.Stats[element];
            if (s.OwnInline == 0 || !HtmlElementKinds.IsBlock(element.LocalName))
            {
                continue;
            }

            var nonLink = s.OwnInline - s.OwnInlineLink;
            var score = nonLink * (1.0 - (double)s.OwnInlineLink / s.OwnInline);
            if (ContainerAbove(element) is { } container)
            {
                scores[container] = scores.GetValueOrDefault(container) + score;
                if (ContainerAbove(container) is { } outer)
                {
                    scores[outer] = scores.GetValueOrDefault(outer) + (score / 2);
                }
            }
        }

        IElement? best = null;
        var bestScore = 0.0;
        foreach (var (element, score) in scores)
        {
            if (score > bestScore && body.Contains(element))
            {
                (best, bestScore) = (element, score);
            }
        }

        if (best is null)
        {
            return null;
        }

        return best;
    }

    /// <summary>
    /// Widens the densest container to its parent, keeping the siblings that belong with it (headings,
    /// paragraphs, lists and tables beside it, and containers with a fair share of its text, such as a
    /// "purpose" and a "minutes" section around a "summary") and skipping the rest (a second column, a box of
    /// contact details). This is Readability's sibling rule: content is often split over sibling divisions.
    /// </summary>
    private static IElement WidenToSiblings(IElement best, IElement body, ContentMeasure content, HashSet<IElement> skipped)
    {
        if (best == body || best.ParentElement is not { } parent || !body.Contains(parent))
        {
            return best;
        }

        var bestText = content.Stats.GetValueOrDefault(best);
        foreach (var node in parent.ChildNodes)
        {
            if (node is not IElement sibling || sibling == best || !content.Stats.TryGetValue(sibling, out var stats) || stats.Text == 0)
            {
                continue;
            }

            var linkDense = stats.Link * 2 > stats.Text;
            var isContainer = Array.IndexOf(ContainerTags, sibling.LocalName) >= 0;
            var belongs = !linkDense && (!isContainer || stats.Text - stats.Link >= (bestText.Text - bestText.Link) * SiblingMinShare);
            if (!belongs)
            {
                skipped.Add(sibling);
            }
        }

        return parent;
    }

    /// <summary>The nearest ancestor that can hold a page's content: a division, section or layout cell.
    /// Lists, quotations and table rows are parts of the content, never all of it.</summary>
    private static IElement? ContainerAbove(IElement element)
    {
        for (var parent = element.ParentElement; parent is not null; parent = parent.ParentElement)
        {
            if (Array.IndexOf(ContainerTags, parent.LocalName) >= 0)
            {
                return parent;
            }
        }

        return null;
    }

    private static bool IsMainLandmark(IElement element) =>
        element.LocalName == "main" || string.Equals(element.GetAttribute("role"), "main", StringComparison.OrdinalIgnoreCase);

    /// <summary>Non-white-space characters: what a reader sees, whatever the indentation of the source.</summary>
    internal static int CountVisible(string text)
    {
        var n = 0;
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c) && !HtmlElementKinds.IsInvisible(c))
            {
                n++;
            }
        }

        return n;
    }

    /// <summary>Visits every element under <paramref name="root"/> (included) children first, without recursion,
    /// skipping skipped elements and, when asked, marking never-read ones as skipped.</summary>
    private static void PostOrder(IElement root, HashSet<IElement> skipped, bool skipNeverRead, Action<IElement> visit)
    {
        var stack = new Stack<(IElement Element, bool ChildrenDone)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (element, childrenDone) = stack.Pop();
            if (childrenDone)
            {
                visit(element);
                continue;
            }

            if (skipped.Contains(element))
            {
                continue;
            }

            if (skipNeverRead && element != root && HtmlChrome.IsNeverRead(element))
            {
                skipped.Add(element);
                continue;
            }

            stack.Push((element, true));
            var children = element.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
            {
                if (children[i] is not IElement child)
                {
                    continue;
                }

                stack.Push((child, false));
            }
        }
    }

    private readonly record struct RawStats(int Text, bool HoldsMain);

    private struct ContentStats
    {
        public int Text;
        public int Link;
        public int Links;
        public int Images;
        public int OwnInline;
        public int OwnInlineLink;
        public bool HoldsLandmark;
    }

    private sealed class ContentMeasure
    {
        public Dictionary<IElement, ContentStats> Stats { get; } = [];

        public List<IElement> Order { get; } = [];

        public List<IElement> Mains { get; } = [];

        public List<IElement> Articles { get; } = [];
    }
}
