using AngleSharp.Dom;

namespace ReportMiner.Loading.Html;

/// <summary>
/// What page chrome looks like, kept as data so that a new site's furniture is one more word in a list, not a
/// new rule: elements that are never text (scripts, forms, hidden elements), landmark elements and ARIA roles
/// that hold navigation, and the id/class/aria-label words that name cookie banners, share bars and the like.
/// These lists only propose; <see cref="MainContentLocator"/> decides, and keeps an element that turns out to
/// hold the page's main content whatever its name says.
/// </summary>
internal static class HtmlChrome
{
    /// <summary>Elements whose content is never reading text.</summary>
    internal static readonly string[] NonTextTags =
    [
        "script", "style", "noscript", "template", "svg", "math", "iframe", "frame", "frameset", "object", "embed",
        "canvas", "button", "select", "option", "optgroup", "datalist", "textarea", "input", "label", "dialog",
        "head", "title", "meta", "link",
    ];

    /// <summary>Landmark elements that hold site furniture. A <c>header</c> counts only outside the content
    /// (see <see cref="MainContentLocator"/>): inside an article it holds the title and date.</summary>
    internal static readonly string[] FurnitureTags = ["nav", "aside", "footer", "header", "form", "menu"];

    /// <summary>ARIA roles of site furniture.</summary>
    internal static readonly string[] FurnitureRoles =
    [
        "navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar", "toolbar", "dialog",
        "alertdialog", "tablist",
    ];

    /// <summary>
    /// Words that, as a whole part of an id, class or aria-label (parts split at '-', '_', spaces and case
    /// changes), name page furniture. Multi-word entries match adjacent parts ("skip-link" matches
    /// <c>govuk-skip-link</c> but not <c>skip</c> alone).
    /// </summary>
    internal static readonly string[] FurnitureWords =
    [
        "cookie", "cookies", "consent", "gdpr", "banner", "related", "share", "sharing", "social", "breadcrumb",
        "breadcrumbs", "skip-link", "skiplink", "skip-to", "site-header", "site-footer", "newsletter",
        "subscribe", "subscription", "signup", "sign-up", "navbar", "nav", "navigation", "menu", "megamenu",
        "sidebar", "promo", "advert", "advertisement", "ads", "sponsor", "feedback", "survey", "popup", "modal",
        "toolbar", "language-switcher", "back-to-top", "pagination", "tags", "topics", "comments", "most-read",
        "most-popular", "trending", "global-bar", "phase-banner", "footer", "side", "aside",
    ];

    /// <summary>
    /// Words that name furniture only outside the content: a <c>page-header</c> inside <c>&lt;main&gt;</c>
    /// holds the title, while <c>id="header"</c> around the logo and menu does not.
    /// </summary>
    internal static readonly string[] OuterFurnitureWords = ["header", "masthead", "top-bar", "topbar", "utility-bar"];

    private static readonly HashSet<string> NonText = new(NonTextTags, StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> Furniture = new(FurnitureTags, StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> Roles = new(FurnitureRoles, StringComparer.OrdinalIgnoreCase);
    private static readonly string[][] Words = FurnitureWords.Select(w => w.Split('-')).ToArray();
    private static readonly string[][] OuterWords = OuterFurnitureWords.Select(w => w.Split('-')).ToArray();

    /// <summary>
    /// Whether <paramref name="element"/> is never read: a non-text element, or one that the page hides
    /// (<c>hidden</c>, <c>aria-hidden="true"</c>, <c>display:none</c>, <c>visibility:hidden</c>).
    /// </summary>
    public static bool IsNeverRead(IElement element)
    {
        if (NonText.Contains(element.LocalName))
        {
            return true;
        }

        if (element.HasAttribute("hidden"))
        {
            return true;
        }

        if (string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var style = element.GetAttribute("style");
        return style is not null && HidesByStyle(style);
    }

    /// <summary>Whether <paramref name="element"/> is a furniture landmark (by tag) other than a header.</summary>
    public static bool IsFurnitureTag(IElement element) =>
        Furniture.Contains(element.LocalName) && element.LocalName != "header";

    /// <summary>Whether <paramref name="element"/> has a furniture ARIA role.</summary>
    public static bool HasFurnitureRole(IElement element)
    {
        var role = element.GetAttribute("role");
        return role is not null && Roles.Contains(role.Trim());
    }

    /// <summary>Whether <paramref name="element"/> is a "Skip to content" link (an in-page link whose text starts
    /// with "Skip"), which sites put first whatever they call it.</summary>
    public static bool IsSkipLink(IElement element) =>
        element.LocalName == "a"
        && element.GetAttribute("href") is { } href && href.StartsWith('#')
        && element.TextContent.TrimStart().StartsWith("Skip", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the element's id, class or aria-label names page furniture.</summary>
    /// <param name="element">The element.</param>
    /// <param name="inContent">Whether it stands inside the content (a <c>main</c>, <c>article</c> or <c>section</c>).</param>
    public static bool IsNamedFurniture(IElement element, bool inContent) =>
        NamesFurniture(element.Id, inContent) || NamesFurniture(element.ClassName, inContent)
        || NamesFurniture(element.GetAttribute("aria-label"), inContent);

    /// <summary>Whether <paramref name="names"/> (an id, class list or label) contains a furniture word as whole parts.</summary>
    internal static bool NamesFurniture(string? names, bool inContent = false)
    {
        if (string.IsNullOrWhiteSpace(names))
        {
            return false;
        }

        foreach (var name in names.Split([' ', '\t', '\n', '\r', '\f'], StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = SplitParts(name);
            if (Words.Any(word => ContainsSequence(parts, word))
                || (!inContent && OuterWords.Any(word => ContainsSequence(parts, word))))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HidesByStyle(string style)
    {
        // Compare without spaces so "display : none" and "display:none !important" both count.
        var compact = style.Replace(" ", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
        return compact.Contains("display:none", StringComparison.Ordinal)
            || compact.Contains("visibility:hidden", StringComparison.Ordinal);
    }

    /// <summary>Splits an identifier into lower-case parts at '-', '_', ':', '.' and lower-to-upper case changes.</summary>
    private static List<string> SplitParts(string name)
    {
        var parts = new List<string>();
        var start = 0;
        for (var i = 0; i <= name.Length; i++)
        {
            var boundary = i == name.Length || name[i] is '-' or '_' or ':' or '.';
            var caseChange = !boundary && i > start && char.IsUpper(name[i]) && char.IsLower(name[i - 1]);
            if (boundary || caseChange)
            {
                if (i > start)
                {
                    parts.Add(name[start..i].ToLowerInvariant());
                }

                start = caseChange ? i : i + 1;
            }
        }

        return parts;
    }

    private static bool ContainsSequence(List<string> parts, string[] word)
    {
        for (var i = 0; i + word.Length <= parts.Count; i++)
        {
            var all = true;
            for (var j = 0; j < word.Length && all; j++)
            {
                all = parts[i + j] == word[j];
            }

            if (all)
            {
                return true;
            }
        }

        return false;
    }
}
