using ReportMiner.Documents;
using ReportMiner.Loading.Html;
using static ReportMiner.Tests.Loading.Html.HtmlPages;

namespace ReportMiner.Tests.Loading.Html;

public class HtmlLoaderTests
{
    [Fact]
    public void Format_Always_IsHtml()
    {
        // Given
        var loader = new HtmlLoader();

        // When
        var format = loader.Format;

        // Then
        Assert.Equal(DocumentFormat.Html, format);
    }

    [Fact]
    public void Load_PageWithChrome_NoChromeWordInAnyBlock()
    {
        // Given
        var html = Chrome("""
            <main id="main"><h1>Northshire youth justice inspection</h1>
            <p>Northshire Youth Justice Service received an overall rating of &lsquo;Good&rsquo;.</p></main>
            """);

        // When
        var document = Load(html);

        // Then
        Assert.Equal(["Northshire youth justice inspection", "Northshire Youth Justice Service received an overall rating of \u2018Good\u2019."], Texts(document));
        foreach (var word in ChromeWords)
        {
            Assert.DoesNotContain(word, document.Text, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void Load_LabelAndValueSpansSideBySide_AreCellsOfARow()
    {
        // Given a grid of judgements, each a label span and a grade span with nothing between them, and an ordinary
        // paragraph whose inline tags split no phrase
        var html = """
            <main><h1>Ysgol Maes y Coed</h1>
            <div class="judgement"><span class="area">Standards</span><span class="grade">Adequate and needs improvement</span></div>
            <div class="judgement"><span class="area">Care, support and guidance</span><span class="grade">Good</span></div>
            <p>The school was <strong>good</strong> at <em>caring</em> for pupils.</p></main>
            """;

        // When it is loaded
        var document = Load(html);

        // Then each judgement is a row of two cells, and the paragraph stays one paragraph
        var rows = document.Blocks.Where(b => b.Kind == BlockKind.TableRow).ToList();
        Assert.Equal(["Standards", "Adequate and needs improvement"], rows[0].Cells);
        Assert.Equal(["Care, support and guidance", "Good"], rows[1].Cells);
        Assert.Contains(document.Blocks, b => b.Kind == BlockKind.Paragraph && b.Text == "The school was good at caring for pupils.");
    }

    [Fact]
    public void Load_PageWithoutLandmark_NoChromeWordInAnyBlock()
    {
        // Given: the content sits in plain divs, so only the chrome lists and text density can find it
        var html = Chrome("""
            <div class="wrapper"><div class="col"><h1>Westmoor inspection</h1>
            <div class="body"><p>Inspectors looked at the work of Westmoor Youth Offending Team over two weeks in March.</p>
            <p>They found that work to protect the public was good, and that most children were kept safe.</p>
            <p>The team was well led and its board understood the needs of children who offend.</p></div></div></div>
            """);

        // When
        var document = Load(html);

        // Then
        Assert.Equal("Westmoor inspection", document.Blocks[0].Text);
        Assert.Equal(4, document.Blocks.Count);
        foreach (var word in ChromeWords)
        {
            Assert.DoesNotContain(word, document.Text, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void Load_Headings_KeepTheirLevels()
    {
        // Given
        var html = Body("<h1>Report</h1><h2>Summary</h2><h3>Domain one</h3><h6>Note</h6>");

        // When
        var document = Load(html);

        // Then
        Assert.All(document.Blocks, b => Assert.Equal(BlockKind.Heading, b.Kind));
        Assert.Equal([1, 2, 3, 6], document.Blocks.Select(b => b.Level));
    }

    [Fact]
    public void Load_InlineTagInsideWord_JoinsTheWord()
    {
        // Given
        var html = Body("<p>The service was rated Requires <b>im</b>provement and <i>Go</i><span>od</span> in places.</p>");

        // When
        var document = Load(html);

        // Then
        Assert.Equal("The service was rated Requires improvement and Good in places.", Assert.Single(document.Blocks).Text);
    }

    [Fact]
    public void Load_Entities_AreDecoded()
    {
        // Given
        var html = Body("<p>Rated &lsquo;Good&rsquo; &amp; &ldquo;safe&rdquo; &mdash; cost &pound;5&nbsp;000 &#8211; &#x2019;</p>");

        // When
        var document = Load(html);

        // Then
        Assert.Equal("Rated \u2018Good\u2019 & \u201Csafe\u201D \u2014 cost \u00A35 000 \u2013 \u2019", Assert.Single(document.Blocks).Text);
    }

    [Fact]
    public void Load_SoftHyphenAndZeroWidthSpace_DoNotSplitWords()
    {
        // Given
        var html = Body("<p>Require&shy;ments were met in&#8203;side the unit.</p>");

        // When
        var document = Load(html);

        // Then
        Assert.Equal("Requirements were met inside the unit.", Assert.Single(document.Blocks).Text);
    }

    [Fact]
    public void Load_MixedContent_TextInDocumentOrder()
    {
        // Given
        var html = Body("<h1>A</h1><p>B</p><ul><li>C</li></ul><div>D<p>E</p>F</div><table><tr><td>G</td></tr></table><blockquote>H</blockquote><p>I</p>");

        // When
        var document = Load(html);

        // Then
        Assert.Equal(["A", "B", "C", "D", "E", "F", "G", "H", "I"], Texts(document));
        Assert.Equal("A\n\nB\n\nC\n\nD\n\nE\n\nF\n\nG\n\nH\n\nI", document.Text);
    }

    [Fact]
    public void Load_DivWithBareText_IsParagraph()
    {
        // Given
        var html = Body("<div>Bare text in a division.</div><div><div>Nested bare text.</div></div>");

        // When
        var document = Load(html);

        // Then
        Assert.All(document.Blocks, b => Assert.Equal(BlockKind.Paragraph, b.Kind));
        Assert.Equal(["Bare text in a division.", "Nested bare text."], Texts(document));
    }

    [Fact]
    public void Load_LineBreakInParagraph_FoldsToSpaceWithinOneBlock()
    {
        // Given
        var html = Body("<p>First line<br>second line</p><p>Next paragraph</p>");

        // When
        var document = Load(html);

        // Then
        Assert.Equal(["First line second line", "Next paragraph"], Texts(document));
    }

    [Fact]
    public void Load_DoubleLineBreak_SplitsParagraphs()
    {
        // Given: old pages separate paragraphs with two line breaks
        var html = Body("<div>One paragraph.<br><br>Another paragraph.</div>");

        // When
        var document = Load(html);

        // Then
        Assert.Equal(["One paragraph.", "Another paragraph."], Texts(document));
    }

    [Fact]
    public void Load_NestedLists_FlattenedInOrder()
    {
        // Given
        var html = Body("""
            <ul>
              <li>Domain one
                <ol><li>Governance</li><li>Staff<ul><li>Training</li></ul></li></ol>
                (organisational)</li>
              <li>Domain two</li>
            </ul>
            """);

        // When
        var document = Load(html);

        // Then
        Assert.All(document.Blocks, b => Assert.Equal(BlockKind.ListItem, b.Kind));
        Assert.Equal(["Domain one", "Governance", "Staff", "Training", "(organisational)", "Domain two"], Texts(document));
    }

    [Fact]
    public void Load_Table_OneRowBlockPerRowWithCellsApart()
    {
        // Given
        var html = Body("""
            <table><caption>Ratings</caption>
            <thead><tr><th>Standard</th><th>Rating</th></tr></thead>
            <tbody><tr><td>1.1 Governance and <b>leadership</b></td><td><span class="tag">Good</span></td></tr>
            <tr><td><p>2.1</p><p>Assessment</p></td><td>Requires improvement</td></tr></tbody></table>
            """);

        // When
        var document = Load(html);

        // Then
        Assert.Equal("Ratings", document.Blocks[0].Text);
        var rows = document.Blocks.Skip(1).ToArray();
        Assert.All(rows, b => Assert.Equal(BlockKind.TableRow, b.Kind));
        Assert.Equal(["Standard", "Rating"], rows[0].Cells);
        Assert.Equal(["1.1 Governance and leadership", "Good"], rows[1].Cells);
        Assert.Equal(["2.1 Assessment", "Requires improvement"], rows[2].Cells);
        Assert.Equal("2.1 Assessment\tRequires improvement", rows[2].Text);
    }

    [Fact]
    public void Load_LayoutTable_ReadAsBlocksWithoutMenuColumn()
    {
        // Given: a whole page laid out in a table, as old council sites do, with a menu column
        var html = Body("""
            <table><tr><td><a href="/">Home</a><br><a href="/a">Committees</a><br><a href="/b">Meetings</a><br><a href="/c">Ratings</a></td>
            <td><h1>Committee report</h1><p>The youth offending service was rated good by inspectors this year.</p>
            <p>Members noted the findings and asked for a further report in six months.</p></td></tr></table>
            """);

        // When
        var document = Load(html);

        // Then
        Assert.Equal(
            ["Committee report", "The youth offending service was rated good by inspectors this year.", "Members noted the findings and asked for a further report in six months."],
            Texts(document));
        Assert.Equal(BlockKind.Heading, document.Blocks[0].Kind);
    }

    [Fact]
    public void Load_DefinitionList_TwoCellRowPerPair()
    {
        // Given
        var html = Body("""
            <dl><dt>Overall</dt><dd>Good</dd>
            <div><dt>Safe</dt><dd>Requires <b>im</b>provement</dd></div>
            <dt>Inspection dates</dt><dd>3 to 7 June 2019</dd></dl>
            """);

        // When
        var document = Load(html);

        // Then
        Assert.All(document.Blocks, b => Assert.Equal(BlockKind.TableRow, b.Kind));
        Assert.Equal(["Overall", "Good"], document.Blocks[0].Cells);
        Assert.Equal(["Safe", "Requires improvement"], document.Blocks[1].Cells);
        Assert.Equal(["Inspection dates", "3 to 7 June 2019"], document.Blocks[2].Cells);
    }

    [Fact]
    public void Load_Blockquote_IsQuotationPerParagraphWithAttribution()
    {
        // Given
        var html = Body("""
            <p>Before.</p>
            <blockquote><p>&ldquo;Children were safer.</p><p>Leaders knew it.&rdquo;</p><footer>&mdash; Jane Doe, Chief Inspector</footer></blockquote>
            <blockquote>One line quote.</blockquote><p>After.</p>
            """);

        // When
        var document = Load(html);

        // Then
        Assert.Equal(
            [BlockKind.Paragraph, BlockKind.Quotation, BlockKind.Quotation, BlockKind.Quotation, BlockKind.Quotation, BlockKind.Paragraph],
            document.Blocks.Select(b => b.Kind));
        Assert.Equal(["Before.", "\u201CChildren were safer.", "Leaders knew it.\u201D", "\u2014 Jane Doe, Chief Inspector", "One line quote.", "After."], Texts(document));
    }

    [Fact]
    public void Load_InlineQ_GetsQuotationMarks()
    {
        // Given
        var html = Body("<p>The inspector said <q>staff knew the children well</q>.</p>");

        // When
        var document = Load(html);

        // Then
        Assert.Equal("The inspector said \u201Cstaff knew the children well\u201D.", Assert.Single(document.Blocks).Text);
    }

    [Fact]
    public void Load_Preformatted_BlankLinesSplitParagraphs()
    {
        // Given
        var html = Body("<pre>First paragraph\nwraps here.\n\nSecond paragraph.</pre>");

        // When
        var document = Load(html);

        // Then
        Assert.Equal(["First paragraph wraps here.", "Second paragraph."], Texts(document));
    }

    [Fact]
    public void Load_BlockSpans_MatchDocumentText()
    {
        // Given
        var html = Chrome("<main><h1>Title</h1><p>One.</p><table><tr><td>a</td><td>b</td></tr></table></main>");

        // When
        var document = Load(html);

        // Then
        Assert.All(document.Blocks, b => Assert.Equal(b.Text, document.Text.Substring(b.Span.Start, b.Span.Length)));
        Assert.All(document.Blocks, b => Assert.Null(b.Page));
    }

    [Fact]
    public void Load_EmptyBytes_DocumentWithNoTextWarning()
    {
        // Given
        var bytes = Array.Empty<byte>();

        // When
        var document = Load(bytes);

        // Then
        Assert.Empty(document.Blocks);
        Assert.Equal(string.Empty, document.Text);
        Assert.Contains(document.Warnings, w => w.Code == HtmlWarningCodes.NoText);
    }

    [Fact]
    public void Load_MarkupWithoutText_DocumentWithNoTextWarning()
    {
        // Given
        var html = "<html><head><title>Only a title</title></head><body><div><span> </span></div><script>var x = 1;</script></body></html>";

        // When
        var document = Load(html);

        // Then
        Assert.Empty(document.Blocks);
        Assert.Equal("html-no-text", Assert.Single(document.Warnings).Code);
        Assert.Equal("Only a title", document.Metadata.Title);
    }

    [Fact]
    public void Load_OnlyChromeText_DocumentWithNoTextWarning()
    {
        // Given
        var html = Chrome("<main></main>");

        // When
        var document = Load(html);

        // Then
        Assert.Empty(document.Blocks);
        Assert.Contains(document.Warnings, w => w.Code == HtmlWarningCodes.NoText);
    }

    [Fact]
    public void Load_MainContentIsImage_ImageWarning()
    {
        // Given
        var html = Chrome("""<main><h1>Ratings</h1><img src="ratings.png" alt="Table of ratings"></main>""");

        // When
        var document = Load(html);

        // Then
        Assert.Equal("Ratings", Assert.Single(document.Blocks).Text);
        Assert.Contains(document.Warnings, w => w.Code == HtmlWarningCodes.ImageContent);
    }

    [Fact]
    public void Load_OnlyAnImage_ImageAndNoTextWarnings()
    {
        // Given
        var html = Body("""<img src="scan.jpg">""");

        // When
        var document = Load(html);

        // Then
        Assert.Empty(document.Blocks);
        Assert.Equal([HtmlWarningCodes.ImageContent, HtmlWarningCodes.NoText], document.Warnings.Select(w => w.Code));
    }

    [Fact]
    public void Load_TextPage_NoWarnings()
    {
        // Given
        var html = Chrome("<main><h1>Title</h1><p>Some text about the inspection findings.</p></main>");

        // When
        var document = Load(html);

        // Then
        Assert.Empty(document.Warnings);
    }

    [Fact]
    public void Load_Source_IsKeptOnDocument()
    {
        // Given
        var loader = new HtmlLoader();
        var source = new DocumentSource("corpus/dev/html/page.html");

        // When
        var document = loader.Load("<p>x</p>"u8.ToArray(), source);

        // Then
        Assert.Same(source, document.Source);
        Assert.Equal(DocumentFormat.Html, document.Format);
    }

    [Fact]
    public void Load_ListOfInPageLinks_IsContentNotALinkFarm()
    {
        // Given a provider page whose key-question ratings are links into the page
        var html = Chrome("""
            <main id="main"><h1>Meadowbank Lodge</h1>
            <section><h2>Ratings by key question</h2><ul>
            <li><a href="#safe"><span>Safe</span> <span>Inadequate</span></a></li>
            <li><a href="#effective"><span>Effective</span> <span>Requires improvement</span></a></li>
            <li><a href="#caring"><span>Caring</span> <span>Good</span></a></li>
            <li><a href="#responsive"><span>Responsive</span> <span>Good</span></a></li>
            <li><a href="#well-led"><span>Well-led</span> <span>Requires improvement</span></a></li>
            </ul></section>
            <p>Meadowbank Lodge is a residential care home providing personal and nursing care to up to 48 people.</p></main>
            """);

        // When
        var document = Load(html);

        // Then every rating line is read
        Assert.Contains("Safe Inadequate", Texts(document));
        Assert.Contains("Well-led Requires improvement", Texts(document));
    }
}
