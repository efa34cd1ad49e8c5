using System.Text;
using ReportMiner.Documents;
using ReportMiner.Loading.Html;
using static ReportMiner.Tests.Loading.Html.HtmlPages;

namespace ReportMiner.Tests.Loading.Html;

/// <summary>Bad input ends in a document with warnings or a <see cref="DocumentLoadException"/>, never a hang or a crash.</summary>
public class HtmlLoaderRobustnessTests
{
    [Fact]
    public void Load_MalformedMarkup_RepairedInOrder()
    {
        // Given: unclosed tags, stray end tags, a table cell outside a table, an unclosed comment-like run
        var html = "<html><body></div></div><h1>Title<p>First <b>bold <i>both</b> italic</i> para<p>Second para</span></div>"
            + "<ul><li>One<li>Two</ul></td><p>Third &amp unterminated &lsquo;entity";

        // When
        var document = Load(html);

        // Then
        Assert.Equal(["Title", "First bold both italic para", "Second para", "One", "Two", "Third & unterminated \u2018entity"], Texts(document));
    }

    [Theory]
    [InlineData("div")]
    [InlineData("span")]
    [InlineData("b")]
    [InlineData("blockquote")]
    [InlineData("ul")]
    [InlineData("li")]
    [InlineData("table")]
    [InlineData("section")]
    public void Load_TenThousandDeepNesting_CompletesWithText(string tag)
    {
        // Given
        var html = new StringBuilder("<html><body>");
        for (var i = 0; i < 10_000; i++)
        {
            html.Append('<').Append(tag).Append('>');
        }

        html.Append("Deepest words here");

        // When
        var document = Load(html.ToString());

        // Then
        Assert.Contains("Deepest words here", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_TenThousandDeepNestedTablesWithText_Completes()
    {
        // Given: nested layout tables with text at each level
        var html = new StringBuilder("<html><body>");
        for (var i = 0; i < 10_000; i++)
        {
            html.Append("<table><tr><td><h2>Level</h2>");
        }

        html.Append("Bottom");

        // When
        var document = Load(html.ToString());

        // Then
        Assert.Contains("Bottom", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_FiftyMegabytePage_CompletesWithTruncationWarning()
    {
        // Given
        var html = new StringBuilder("<html><head><title>Big</title></head><body><main><h1>Big page</h1>");
        const string para = "<p>Inspectors found that work to protect the public was <b>good</b> in 14 of the 20 cases.</p>\n";
        while (html.Length < 50_000_000)
        {
            html.Append(para);
        }

        var bytes = Encoding.UTF8.GetBytes(html.ToString());

        // When
        var document = Load(bytes);

        // Then
        Assert.Equal("Big page", document.Blocks[0].Text);
        Assert.Equal("Inspectors found that work to protect the public was good in 14 of the 20 cases.", document.Blocks[1].Text);
        Assert.InRange(document.Text.Length, 1_000_000, HtmlLoaderOptions.Default.MaxTextLength);
        Assert.Contains(document.Warnings, w => w.Code == HtmlWarningCodes.TextTruncated);
    }

    [Fact]
    public void Load_OneHugeParagraph_CutAtLimit()
    {
        // Given
        var html = "<p>" + string.Concat(Enumerable.Repeat("word ", 10_000)) + "</p>";
        var options = HtmlLoaderOptions.Default with { MaxTextLength = 1_000 };

        // When
        var document = Load(Encoding.UTF8.GetBytes(html), options);

        // Then
        Assert.InRange(document.Text.Length, 1, 1_000);
        Assert.Equal(HtmlWarningCodes.TextTruncated, Assert.Single(document.Warnings).Code);
    }

    [Fact]
    public void Load_PageOverInputLimit_DocumentLoadExceptionNamingFile()
    {
        // Given
        var bytes = Encoding.UTF8.GetBytes(Body("<p>" + new string('x', 2_000) + "</p>"));
        var loader = new HtmlLoader(HtmlLoaderOptions.Default with { MaxInputBytes = 1_000 });

        // When
        var error = Assert.Throws<DocumentLoadException>(() => loader.Load(bytes, new DocumentSource("dir/huge.html")));

        // Then
        Assert.Equal("dir/huge.html", error.SourcePath);
        Assert.Contains("dir/huge.html", error.Message, StringComparison.Ordinal);
        Assert.Contains("MaxInputBytes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_BinaryGarbage_DocumentNotCrash()
    {
        // Given
        var random = new Random(42);
        var bytes = new byte[100_000];
        random.NextBytes(bytes);

        // When
        var document = Load(bytes);

        // Then
        Assert.NotNull(document);
        Assert.Equal(DocumentFormat.Html, document.Format);
    }

    [Fact]
    public void Load_ManyUnclosedFormattingTags_Completes()
    {
        // Given: the adoption agency algorithm's worst case, thousands of misnested formatting tags
        var html = new StringBuilder("<html><body><p>");
        for (var i = 0; i < 5_000; i++)
        {
            html.Append("<b><i>x</b></i><a href=#>y<p>z");
        }

        // When
        var document = Load(html.ToString());

        // Then
        Assert.StartsWith("x", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_SameLoaderManyThreads_SameResult()
    {
        // Given
        var loader = new HtmlLoader();
        var bytes = Encoding.UTF8.GetBytes(Chrome("<main><h1>T</h1><p>Rated &lsquo;Good&rsquo;.</p></main>"));

        // When
        var texts = Enumerable.Range(0, 32).AsParallel()
            .Select(i => loader.Load(bytes, new DocumentSource($"p{i}.html")).Text)
            .ToArray();

        // Then
        Assert.All(texts, t => Assert.Equal("T\n\nRated \u2018Good\u2019.", t));
    }
}
