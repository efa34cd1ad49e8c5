using AngleSharp.Html.Parser;
using ReportMiner.Loading.Html;
using static ReportMiner.Tests.Loading.Html.HtmlPages;

namespace ReportMiner.Tests.Loading.Html;

public class MainContentLocatorTests
{
    private static MainContent Locate(string html) => MainContentLocator.Locate(new HtmlParser().ParseDocument(html));

    [Fact]
    public void Locate_MainElement_IsLandmark()
    {
        // Given
        var html = Chrome("<div><main id=\"m\"><p>The findings of the inspection.</p></main></div>");

        // When
        var content = Locate(html);

        // Then
        Assert.Equal(MainContentStrategy.Landmark, content.Strategy);
        Assert.Equal("m", content.Root.Id);
    }

    [Fact]
    public void Locate_RoleMain_IsLandmark()
    {
        // Given
        var html = Chrome("<div role=\"main\" id=\"m\"><p>The findings of the inspection.</p></div>");

        // When
        var content = Locate(html);

        // Then
        Assert.Equal("m", content.Root.Id);
    }

    [Fact]
    public void Locate_SeveralArticles_LargestByText()
    {
        // Given
        var html = Body("""
            <article id="a1"><p>Short teaser.</p></article>
            <article id="a2"><p>The long article with the findings of the inspection of the service, over several sentences.</p></article>
            <article id="a3"><p>Another teaser.</p></article>
            """);

        // When
        var content = Locate(html);

        // Then
        Assert.Equal("a2", content.Root.Id);
    }

    [Fact]
    public void Locate_RelatedArticlesInAside_NotChosen()
    {
        // Given: the only <article>s are related-story cards in an aside
        var html = Body("""
            <div id="story"><h1>Story</h1><p>The story itself, told at some length so that it is the densest text on the page.</p>
            <p>A second paragraph of the story, which carries on the account of the inspection.</p></div>
            <aside><article><p>Related: another story with quite a lot of teaser text in it here.</p></article></aside>
            """);

        // When
        var content = Locate(html);
        var document = Load(html);

        // Then
        Assert.NotEqual(MainContentStrategy.Landmark, content.Strategy);
        Assert.Equal(["Story", "The story itself, told at some length so that it is the densest text on the page.", "A second paragraph of the story, which carries on the account of the inspection."], Texts(document));
    }

    [Fact]
    public void Locate_TinyMain_FallsBackToDensity()
    {
        // Given: a <main> that holds only a strapline while the text is elsewhere
        var html = Body("""
            <main><p>Welcome.</p></main>
            <div id="content"><p>The real text of the page, with the findings of the inspection in full sentences.</p>
            <p>More of the real text, so that the main element holds a small share of the page.</p></div>
            """);

        // When
        var content = Locate(html);

        // Then
        Assert.NotEqual(MainContentStrategy.Landmark, content.Strategy);
        Assert.True(content.Root.Contains(content.Root.Owner!.GetElementById("content")!));
    }

    [Fact]
    public void Locate_ContentDivBesideProseSidebar_DensestDivChosen()
    {
        // Given: no landmark, and a sidebar with prose that no class name gives away
        var html = Body("""
            <div id="col1"><h1>Inspection of Eastvale</h1>
            <div id="text"><p>Inspectors found that the service in Eastvale had improved since the last visit in most respects.</p>
            <p>Work to keep children safe was good, and leaders had a clear view of what still needed to change.</p>
            <p>Case managers knew their children well and planned their work with care and thought.</p></div></div>
            <div id="col2"><p>Our offices are open from nine until five on weekdays, except on bank holidays.</p></div>
            """);

        // When
        var content = Locate(html);

        // Then
        Assert.Equal(MainContentStrategy.TextDensity, content.Strategy);
        Assert.Equal("col1", content.Root.Id);
    }

    [Fact]
    public void Locate_WholePageInAspNetForm_FormNotDropped()
    {
        // Given: old ASP.NET sites wrap the page in one form
        var html = Body("""
            <form id="aspnetForm"><div id="content"><h1>Committee</h1><p>The report on the inspection of the youth offending service was noted.</p></div></form>
            """);

        // When
        var document = Load(html);

        // Then
        Assert.Equal(["Committee", "The report on the inspection of the youth offending service was noted."], Texts(document));
    }

    [Fact]
    public void Locate_StateClassOnWrapper_WrapperNotDropped()
    {
        // Given: a wrapper whose class happens to contain a furniture word
        var html = Body("""<div class="page cookie-consent-given"><p>The text of the page about the inspection.</p></div>""");

        // When
        var document = Load(html);

        // Then
        Assert.Equal("The text of the page about the inspection.", Assert.Single(document.Blocks).Text);
    }

    [Fact]
    public void Locate_HeaderInsideArticle_Kept_HeaderOutside_Dropped()
    {
        // Given
        var html = Body("""
            <header><p>Site banner</p></header>
            <article><header><h1>Article title</h1></header><p>Article text about the inspection findings.</p><footer><p>Tags: youth</p></footer></article>
            """);

        // When
        var document = Load(html);

        // Then
        Assert.Equal(["Article title", "Article text about the inspection findings."], Texts(document));
    }

    [Fact]
    public void Locate_LinkFarmInsideMain_Dropped()
    {
        // Given
        var html = Body("""
            <main><p>The text of the page about the inspection.</p>
            <ul><li><a href="/1">Youth inspections</a></li><li><a href="/2">Adult inspections</a></li><li><a href="/3">Thematic reports</a></li></ul></main>
            """);

        // When
        var document = Load(html);

        // Then
        Assert.Equal("The text of the page about the inspection.", Assert.Single(document.Blocks).Text);
    }

    [Theory]
    [InlineData("gem-c-cookie-banner", true)]
    [InlineData("cookieBanner", true)]
    [InlineData("govuk-skip-link", true)]
    [InlineData("app-related-items", true)]
    [InlineData("breadcrumb", true)]
    [InlineData("govuk-main-wrapper", false)]
    [InlineData("shared-services", false)]
    [InlineData("govuk-!-display-none-print", false)]
    [InlineData("skip", false)]
    [InlineData("banners-of-pride", false)]
    public void NamesFurniture_IdOrClass_MatchesWholeParts(string names, bool expected)
    {
        // Given a class list

        // When
        var furniture = HtmlChrome.NamesFurniture(names);

        // Then
        Assert.Equal(expected, furniture);
    }

    [Fact]
    public void NamesFurniture_HeaderWord_OnlyOutsideContent()
    {
        // Given
        const string names = "page-header";

        // When
        var outside = HtmlChrome.NamesFurniture(names, inContent: false);
        var inside = HtmlChrome.NamesFurniture(names, inContent: true);

        // Then
        Assert.True(outside);
        Assert.False(inside);
    }
}
