using System.Text;
using ReportMiner.Documents;
using ReportMiner.Loading.Html;

namespace ReportMiner.Tests.Loading.Html;

/// <summary>Small pages for the HTML tests, and a shortcut to load them.</summary>
internal static class HtmlPages
{
    /// <summary>Words that appear only in <see cref="Chrome"/>'s navigation, banners and footer.</summary>
    public static readonly string[] ChromeWords =
    [
        "Zanzibar", "Quokka", "Marmalade", "Periwinkle", "Tangerine", "Wombat", "Xylophone", "Yodel", "Kumquat",
        "Lollipop", "Nutmeg", "Ocelot", "Pumpernickel", "Rhubarb", "Saffron", "Truffle",
    ];

    /// <summary>A body with typical chrome around <paramref name="main"/>: cookie banner, skip link, header, nav,
    /// breadcrumbs, a share bar, related links, a newsletter box and a footer. Each piece holds a
    /// <see cref="ChromeWords"/> word and inspection vocabulary.</summary>
    public static string Chrome(string main) => $$"""
        <!DOCTYPE html>
        <html lang="en">
        <head><meta charset="utf-8"><title>Test page</title>
        <style>.x { color: red } Zanzibar</style><script>var rated = "Good Quokka";</script></head>
        <body>
        <div id="global-cookie-message" class="gem-c-cookie-banner"><p>We use cookies on this inspection site. Zanzibar</p><button>Accept Ofsted cookies</button></div>
        <a href="#main" class="govuk-skip-link">Skip to main content Quokka</a>
        <header class="site-header"><a href="/">Inspectorate home Marmalade</a><p>Rated Good by users</p></header>
        <nav><ul><li><a href="/inspections">Inspection reports Periwinkle</a></li><li><a href="/ratings">Ratings Outstanding</a></li></ul></nav>
        <div class="breadcrumbs"><a href="/">Home</a> &gt; <a href="/youth">Youth inspections Tangerine</a></div>
        <div class="share-bar" aria-label="Share this page">Share on social media Wombat</div>
        {{main}}
        <div class="related-content"><h2>Related Ofsted inspections Xylophone</h2><p>Another area was rated Inadequate in 14 of the 20 cases. Yodel</p></div>
        <aside><p>Most read: Requires improvement Kumquat</p></aside>
        <div class="newsletter-signup"><p>Subscribe to inspection news Lollipop</p></div>
        <div hidden><p>Hidden rated Good text Nutmeg</p></div>
        <div aria-hidden="true"><p>Inspection Ocelot</p></div>
        <div style="display: none"><p>Outstanding Pumpernickel</p></div>
        <noscript><p>Enable scripts Rhubarb</p></noscript>
        <form action="/search"><label>Search inspections Saffron</label><input name="q"></form>
        <footer class="site-footer"><p>&copy; Crown copyright. Ofsted rated Good. Truffle</p><time datetime="2001-01-01">1 January 2001</time></footer>
        </body>
        </html>
        """;

    /// <summary>Loads <paramref name="html"/> (encoded as UTF-8) as <c>test.html</c>.</summary>
    public static ReportDocument Load(string html) => Load(Encoding.UTF8.GetBytes(html));

    /// <summary>Loads <paramref name="bytes"/> as <c>test.html</c>.</summary>
    public static ReportDocument Load(byte[] bytes, HtmlLoaderOptions? options = null) =>
        new HtmlLoader(options ?? HtmlLoaderOptions.Default).Load(bytes, new DocumentSource("test.html"));

    /// <summary>A minimal page with <paramref name="body"/> as its body.</summary>
    public static string Body(string body) => $"<!DOCTYPE html><html><head><title>T</title></head><body>{body}</body></html>";

    /// <summary>The blocks' texts.</summary>
    public static string[] Texts(ReportDocument document) => document.Blocks.Select(b => b.Text).ToArray();
}
