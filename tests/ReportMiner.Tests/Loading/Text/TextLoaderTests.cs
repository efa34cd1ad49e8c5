using System.Text;
using ReportMiner.Documents;
using ReportMiner.Loading;
using ReportMiner.Loading.Text;

namespace ReportMiner.Tests.Loading.Text;

public sealed class TextLoaderTests
{
    private static readonly DocumentSource Source = new("sample.txt");

    [Fact]
    public void Load_Utf8WithBom_KeepsTextUnalteredAndSpansExact()
    {
        // Given UTF-8 text with a BOM, CRLF line ends and curly quotes
        var original = "Title line\r\n\r\nFirst paragraph says “Good”.\r\nIt goes on.\r\n\r\n  • a bullet item\r\n";
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(original)).ToArray();

        // When it is loaded
        var document = TextLoader.Instance.Load(bytes, Source);

        // Then the text is the file's text without the BOM, and every block's span reads back its text
        Assert.Equal(original, document.Text);
        Assert.All(document.Blocks, b =>
            Assert.Equal(b.Text, document.Text.Substring(b.Span.Start, b.Span.Length).Replace('\r', ' ').Replace('\n', ' ')));
        Assert.Contains(document.Blocks, b => b.Kind == BlockKind.ListItem && b.Text.Contains("a bullet item", StringComparison.Ordinal));
        Assert.Equal(BlockKind.Heading, document.Blocks[0].Kind);
    }

    [Fact]
    public void Load_Utf16LittleEndian_Decodes()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("Swindon was rated good.")).ToArray();

        var document = TextLoader.Instance.Load(bytes, Source);

        Assert.Equal("Swindon was rated good.", document.Text);
    }

    [Fact]
    public void Load_Windows1252Bytes_FallsBackWithoutLoss()
    {
        // Given bytes that are not UTF-8: 0x93/0x94 are curly quotes and 0xA3 is £ in Windows-1252
        byte[] bytes = [.. Encoding.ASCII.GetBytes("It cost "), 0xA3, .. Encoding.ASCII.GetBytes("5 and was "), 0x93, .. Encoding.ASCII.GetBytes("good"), 0x94];

        var document = TextLoader.Instance.Load(bytes, Source);

        Assert.Equal("It cost £5 and was “good”", document.Text);
        Assert.DoesNotContain(document.Warnings, w => w.Code == "text-undecodable");
    }

    [Fact]
    public void Load_FormFeeds_NumberPagesAndMarkPageNumbersAsFurniture()
    {
        var document = TextLoader.Instance.Load(Encoding.UTF8.GetBytes("First page text.\n\nPage 1 of 2\n\fSecond page text.\n"), Source);

        Assert.Contains(document.Blocks, b => b.Text == "Second page text." && b.Page == 2);
        Assert.Contains(document.Blocks, b => b.Kind == BlockKind.Furniture && b.Text == "Page 1 of 2");
    }

    [Fact]
    public void Load_TableDrawnWithBars_GivesCellsBetweenTheBars()
    {
        // Given a table drawn with bars and dashes, with a row that fills one cell
        var text = string.Join('\n',
            "| Northmoor CRC          | Fieldwork started May 2019 |",
            "|------------------------|----------------------------|",
            "| 1. Organisational delivery |                        |",
            "| 1.1 Leadership         | Requires improvement       |");

        // When it is loaded
        var blocks = TextLoader.Instance.Load(Encoding.UTF8.GetBytes(text), Source).Blocks;

        // Then each row's cells are the text between the bars, the rule is furniture, and a one-cell row is that cell
        Assert.Equal(["Northmoor CRC", "Fieldwork started May 2019"], blocks[0].Cells);
        Assert.Equal(BlockKind.Furniture, blocks[1].Kind);
        Assert.Equal("1. Organisational delivery", blocks[2].Text);
        Assert.Equal(BlockKind.TableRow, blocks[3].Kind);
        Assert.Equal(["1.1 Leadership", "Requires improvement"], blocks[3].Cells);
    }

    [Theory]
    [InlineData("AdvertisementAdvertisement")]
    [InlineData("Share this article")]
    [InlineData("Comments (6)")]
    public void Load_ScrapedPageChromeLine_IsFurnitureNotAHeading(string line)
    {
        var document = TextLoader.Instance.Load(Encoding.UTF8.GetBytes($"First paragraph of the story.\n\n{line}\n\nNext paragraph of the story."), Source);

        Assert.Equal(BlockKind.Furniture, Assert.Single(document.Blocks, b => b.Text == line).Kind);
    }

    [Fact]
    public void Load_CellsWrappedOntoTheNextLine_JoinTheirRow()
    {
        // Given a table laid out in columns whose long names and grades wrap under their own columns
        var text = string.Join('\n',
            "Service                              Published   Score   Overall rating",
            "Northmoor and Eastfield Youth        Jul 2022    8/36    Requires",
            "Justice Service                                          improvement",
            "Westbury Youth Offending Service     Aug 2022    22/36   Good");

        // When it is loaded
        var blocks = TextLoader.Instance.Load(Encoding.UTF8.GetBytes(text), Source).Blocks;

        // Then the wrapped words join the cells of their columns, and the next row stands alone
        Assert.Equal(3, blocks.Count);
        Assert.Equal(["Northmoor and Eastfield Youth Justice Service", "Jul 2022", "8/36", "Requires improvement"], blocks[1].Cells);
        Assert.Equal(["Westbury Youth Offending Service", "Aug 2022", "22/36", "Good"], blocks[2].Cells);
        Assert.All(blocks, b => Assert.Equal(BlockKind.TableRow, b.Kind));
    }

    [Fact]
    public void Load_GradesWrappedInARowOfWords_JoinTheirRow()
    {
        // Given a table of grades with no figures, whose header and grades wrap in lower case
        var text = string.Join('\n',
            "Force                  Preventing   Responding to   Investigating",
            "                       crime        the public      crime",
            "Northmoor Police       Adequate     Requires        Good",
            "                                    improvement");

        // When it is loaded
        var blocks = TextLoader.Instance.Load(Encoding.UTF8.GetBytes(text), Source).Blocks;

        // Then each wrapped phrase is whole in its cell
        Assert.Equal(2, blocks.Count);
        Assert.Equal(["Force", "Preventing crime", "Responding to the public", "Investigating crime"], blocks[0].Cells);
        Assert.Equal(["Northmoor Police", "Adequate", "Requires improvement", "Good"], blocks[1].Cells);
    }

    [Fact]
    public void Load_HeaderWrappedWithFiguresInIt_IsOneHeaderRow()
    {
        // Given a table whose header wraps over three lines, figures and all, above rows of figures
        var text = string.Join('\n',
            "Local authority       Latest HMIP overall       Published    FTE per      Reoffending",
            "                      rating                                 100,000      rate (%)",
            "                                                             aged 10-17",
            "Wakefield             Good                      Mar 2023     164          33.0");

        // When it is loaded
        var blocks = TextLoader.Instance.Load(Encoding.UTF8.GetBytes(text), Source).Blocks;

        // Then the header's cells are whole, and the row below stands alone
        Assert.Equal(2, blocks.Count);
        Assert.Equal(["Local authority", "Latest HMIP overall rating", "Published", "FTE per 100,000 aged 10-17", "Reoffending rate (%)"], blocks[0].Cells);
        Assert.Equal(["Wakefield", "Good", "Mar 2023", "164", "33.0"], blocks[1].Cells);
    }

    [Fact]
    public void Load_StandardsListedUnderAHeaderOfGrades_StayALineEach()
    {
        // Given grades as column headers with the standards listed under each, capitalised, with no figures
        var text = string.Join('\n',
            "Outstanding          Good                     Adequate                 Inadequate",
            "Recording data       Preventing crime and     Treatment of the public  Responding to calls",
            "about crime          anti-social behaviour    Investigating crime      Managing offenders");

        // When it is loaded
        var blocks = TextLoader.Instance.Load(Encoding.UTF8.GetBytes(text), Source).Blocks;

        // Then every line is a row of its own, for the grade-column table reader
        Assert.Equal(3, blocks.Count);
        Assert.All(blocks, b => Assert.Equal(BlockKind.TableRow, b.Kind));
    }

    [Fact]
    public void Load_TableRowThenASectionLineUnderTheFirstColumn_IsNotJoined()
    {
        // Given a ratings table with a domain's title on a line of its own under the first column
        var text = string.Join('\n',
            "1.3 Information and facilities         Good          2023",
            "Domain two: court disposals",
            "2.1 Assessment                         Inadequate    2023");

        // When it is loaded
        var blocks = TextLoader.Instance.Load(Encoding.UTF8.GetBytes(text), Source).Blocks;

        // Then the title is not a wrapped cell of the row above
        Assert.Equal(["1.3 Information and facilities", "Good", "2023"], blocks[0].Cells);
        Assert.Contains(blocks, b => b.Text == "Domain two: court disposals" && b.Kind != BlockKind.TableRow);
    }

    [Fact]
    public void Load_BoxedParagraphWrappedInTextOfLongLines_IsOneBlock()
    {
        // Given text with a paragraph a line, and a boxed case study hard-wrapped at a narrower width
        var text = string.Join('\n',
            "This document sets out each paragraph on one long line of its own, as web pages saved as text often do, and this is one.",
            "",
            "   Case study",
            "   The service was the first in the region to be judged outstanding",
            "   under the current standards. Its out-of-court work was strong: in",
            "   nine of the ten cases we inspected, the plan was agreed in time.",
            "",
            "A closing paragraph, also on one long line of its own, as the first one was, with nothing wrapped at all in it.");

        // When it is loaded
        var blocks = TextLoader.Instance.Load(Encoding.UTF8.GetBytes(text), Source).Blocks;

        // Then the boxed paragraph's lines run on into one block
        Assert.Contains(blocks, b => b.Text.StartsWith("The service was the first", StringComparison.Ordinal) && b.Text.Contains("nine of the ten cases", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_HardWrappedParagraph_JoinsLinesIntoOneBlock()
    {
        var text = string.Join('\n', Enumerable.Repeat("This hard wrapped paragraph line is of a typical width for a text", 6)) + "\nend of it.\n\nNext paragraph.";

        var document = TextLoader.Instance.Load(Encoding.UTF8.GetBytes(text), Source);

        Assert.Equal(2, document.Blocks.Count);
    }

    [Theory]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D })]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0 })]
    [InlineData(new byte[] { })]
    public void Detect_BinaryOrEmpty_ThrowsUnsupportedFormatNamingTheFile(byte[] bytes)
    {
        var e = Assert.Throws<UnsupportedFormatException>(() => FormatDetector.Detect(bytes, new DocumentSource("folder/bad.txt")));

        Assert.Contains("folder/bad.txt", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Detect_HtmlSavedAsText_IsHtmlAndPdfSavedAsHtml_IsPdf()
    {
        Assert.Equal(DocumentFormat.Html, FormatDetector.Detect("<!DOCTYPE html><html><body>x</body></html>"u8, new DocumentSource("page.txt")));
        Assert.Equal(DocumentFormat.Pdf, FormatDetector.Detect("%PDF-1.7\n%\u00e2\u00e3"u8, new DocumentSource("page.html")));
    }
}
