using static ReportMiner.Tests.Loading.Html.HtmlPages;

namespace ReportMiner.Tests.Loading.Html;

public class HtmlMetadataReaderTests
{
    [Fact]
    public void Load_OgTitle_PreferredOverTitleAndH1()
    {
        // Given
        var html = "<html><head><meta property=\"og:title\" content=\"Og title\"><title>Page title - GOV.UK</title></head><body><h1>Heading</h1></body></html>";

        // When
        var document = Load(html);

        // Then
        Assert.Equal("Og title", document.Metadata.Title);
    }

    [Theory]
    [InlineData("<title>Swindon inspection - GOV.UK</title>", "Swindon inspection")]
    [InlineData("<title>Swindon inspection | Inspect Weekly</title><meta property=\"og:site_name\" content=\"Inspect Weekly\">", "Swindon inspection")]
    [InlineData("<title>Swindon - the 2015 inspection</title>", "Swindon - the 2015 inspection")]
    public void Load_TitleElement_SiteNameStripped(string head, string expected)
    {
        // Given
        var html = $"<html><head>{head}</head><body><p>x</p></body></html>";

        // When
        var document = Load(html);

        // Then
        Assert.Equal(expected, document.Metadata.Title);
    }

    [Fact]
    public void Load_NoTitleElement_FirstH1OfMainContent()
    {
        // Given
        var html = "<html><body><header><h1>Site name</h1></header><main><h1>Real &amp; <b>title</b></h1><p>Text.</p></main></body></html>";

        // When
        var document = Load(html);

        // Then
        Assert.Equal("Real & title", document.Metadata.Title);
    }

    [Theory]
    [InlineData("<meta property=\"article:published_time\" content=\"2022-06-01T10:00:00+01:00\">")]
    [InlineData("<meta name=\"govuk:first-published-at\" content=\"2022-06-01T00:01:00.000+01:00\">")]
    [InlineData("<meta name=\"date\" content=\"2022-06-01\">")]
    [InlineData("<meta name=\"DC.date.issued\" content=\"2022-06-01\">")]
    [InlineData("<meta name=\"dcterms.created\" content=\"1 June 2022\">")]
    public void Load_PublishedMeta_Read(string meta)
    {
        // Given
        var html = Chrome("<main><p>Text.</p></main>").Replace("<title>", meta + "<title>", StringComparison.Ordinal);

        // When
        var document = Load(html);

        // Then
        Assert.Equal(new DateOnly(2022, 6, 1), document.Metadata.Published);
    }

    [Fact]
    public void Load_TimeInArticleHeader_Read()
    {
        // Given
        var html = Chrome("""
            <main><article><header><h1>News</h1><p>By A Writer, <time datetime="2022-06-01T08:00">1 June 2022</time></p></header>
            <p>Body text of the article, long enough to be taken as the start of the body of the news story.</p>
            <p>Updated <time datetime="2022-07-09">9 July</time></p></article></main>
            """);

        // When
        var document = Load(html);

        // Then
        Assert.Equal(new DateOnly(2022, 6, 1), document.Metadata.Published);
    }

    [Fact]
    public void Load_TimeBeforeBodyWithoutHeader_ReadFromText()
    {
        // Given
        var html = Chrome("""
            <main><h1>News</h1><p class="byline">Published <time>3 March 2019</time></p>
            <p>Body text of the article, long enough to be taken as the start of the body of the news story.</p></main>
            """);

        // When
        var document = Load(html);

        // Then
        Assert.Equal(new DateOnly(2019, 3, 3), document.Metadata.Published);
    }

    [Fact]
    public void Load_TimeOnlyInFooterOrAfterBody_NoPublishedDate()
    {
        // Given: Chrome() has a <time> in its footer
        var html = Chrome("""
            <main><h1>News</h1>
            <p>Body text of the article, long enough to be taken as the start of the body of the news story.</p>
            <p>The next meeting is on <time datetime="2023-01-05">5 January</time>.</p></main>
            """);

        // When
        var document = Load(html);

        // Then
        Assert.Null(document.Metadata.Published);
    }
}
