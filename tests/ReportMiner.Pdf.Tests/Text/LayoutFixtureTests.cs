namespace ReportMiner.Pdf.Tests.Text;

/// <summary>Layout behaviour on the producer fixtures: tables, columns, margins, headings, lists, metadata.</summary>
public sealed class LayoutFixtureTests
{
    private static readonly (string Label, string Grade)[] Ratings =
    [
        ("Overall effectiveness", "Good"),
        ("The impact of leaders on social work practice with children and families", "Requires improvement to be good"),
        ("The experiences and progress of children who need help and protection", "Good"),
        ("The experiences and progress of children in care and care leavers who are preparing to live independently", "Outstanding"),
        ("Governance and leadership of the partnership board", "Requires improvement to be good"),
    ];

    public static TheoryData<string> TableFixtures() => new(
        "lo-report.pdf", "chrome-report.pdf", "gs-report.pdf", "groffpdf-report.pdf",
        "lo-long.pdf", "chrome-long.pdf", "gs-long.pdf", "groffpdf-long.pdf");

    public static TheoryData<string, int> TwoColumnPages() => new()
    {
        { "lo-twocol.pdf", 1 },
        { "chrome-twocol.pdf", 1 },
        { "gs-report.pdf", 3 },
        { "groffpdf-report.pdf", 3 },
    };

    public static TheoryData<string> LongFixtures() => new("lo-long.pdf", "chrome-long.pdf", "gs-long.pdf", "groffpdf-long.pdf");

    [Theory]
    [MemberData(nameof(TableFixtures))]
    public void Ratings_table_rows_come_out_whole_with_wrapped_cells_joined(string fixture)
    {
        using var doc = PdfDocument.Open(TextFixtures.Read(fixture));
        var rows = doc.GetPage(1).Blocks.Where(b => b.Kind == PdfBlockKind.TableRow).ToList();
        Assert.Equal(["Standard", "Rating"], rows[0].Cells);
        Assert.Equal(Ratings.Length + 1, rows.Count);
        for (var i = 0; i < Ratings.Length; i++)
        {
            Assert.Equal([Ratings[i].Label, Ratings[i].Grade], rows[i + 1].Cells);
            Assert.Equal(Ratings[i].Label + "\t" + Ratings[i].Grade, rows[i + 1].Text);
        }
    }

    [Theory]
    [MemberData(nameof(TwoColumnPages))]
    public void Two_column_pages_read_left_column_then_right(string fixture, int page)
    {
        using var doc = PdfDocument.Open(TextFixtures.Read(fixture));
        var p = doc.GetPage(page);
        var body = p.Blocks.Where(b => b.Kind == PdfBlockKind.Paragraph).ToList();
        var middle = p.Width / 2;
        var sides = body.Select(b => b.Bounds.Right <= middle + 1 ? 'L' : b.Bounds.Left >= middle - 1 ? 'R' : 'W').Where(c => c != 'W').ToList();
        Assert.True(sides.Count(c => c == 'L') >= 2, "expected paragraphs in the left column");
        Assert.True(sides.Count(c => c == 'R') >= 2, "expected paragraphs in the right column");

        // Once the right column starts, no left-column paragraph may follow.
        var firstRight = sides.IndexOf('R');
        Assert.DoesNotContain('L', sides.Skip(firstRight));
    }

    [Theory]
    [MemberData(nameof(LongFixtures))]
    public void Every_page_has_its_page_number_and_running_header_classified(string fixture)
    {
        using var doc = PdfDocument.Open(TextFixtures.Read(fixture));
        Assert.True(doc.PageCount >= 40);
        foreach (var page in doc.GetPages())
        {
            var number = Assert.Single(page.Blocks, b => b.Kind == PdfBlockKind.PageNumber);
            Assert.Equal($"Page {page.Number}", number.Text);
            Assert.Equal(number, page.Blocks[^1]);
            if (page.Number > 1 || !fixture.StartsWith("g", StringComparison.Ordinal))
            {
                // groff -ms prints no header on the first page.
                Assert.Contains(page.Blocks, b => b.Kind == PdfBlockKind.Header && b.Text.StartsWith("Inspection of youth justice services", StringComparison.Ordinal));
                Assert.Equal(PdfBlockKind.Header, page.Blocks[0].Kind);
            }

            Assert.DoesNotContain(page.Blocks, b => b.Kind is PdfBlockKind.Paragraph or PdfBlockKind.Heading && b.Text.Contains("Page " + page.Number, StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("lo-report.pdf")]
    [InlineData("gs-report.pdf")]
    [InlineData("groffpdf-report.pdf")]
    public void Headings_and_bulleted_list_items_are_classified(string fixture)
    {
        using var doc = PdfDocument.Open(TextFixtures.Read(fixture));
        var blocks = doc.GetPage(1).Blocks;
        Assert.Contains(blocks, b => b.Kind == PdfBlockKind.Heading && b.Text.EndsWith("Ratings", StringComparison.Ordinal) && b.HeadingLevel > 0);
        var items = blocks.Where(b => b.Kind == PdfBlockKind.ListItem).ToList();
        Assert.Equal(4, items.Count);
        Assert.All(items, i => Assert.StartsWith("• ", i.Text, StringComparison.Ordinal));
        Assert.Contains(items, i => i.Text == "• make sure that every plan has measurable targets agreed with the child and their parents or carers");
    }

    [Fact]
    public void Metadata_is_read()
    {
        using var doc = PdfDocument.Open(TextFixtures.Read("lo-report.pdf"));
        Assert.StartsWith("LibreOffice", doc.Info.Producer, StringComparison.Ordinal);
        Assert.NotNull(doc.Info.CreationDate);
        using var chrome = PdfDocument.Open(File.OpenRead(TextFixtures.PathOf("chrome-report.pdf")));
        Assert.Equal("Inspection report", chrome.Info.Title);
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Fixtures_read_without_unicode_warnings(string fixture)
    {
        using var doc = PdfDocument.Open(TextFixtures.Read(fixture));
        _ = doc.GetText();
        Assert.DoesNotContain(doc.Warnings, w => w.Code is "font-no-unicode" or "page-failed" or "font-broken");
        Assert.All(doc.GetPages(), p => Assert.NotEmpty(p.Blocks));
    }

    [Fact]
    public void Page_numbers_out_of_range_throw()
    {
        using var doc = PdfDocument.Open(TextFixtures.Read("lo-report.pdf"));
        Assert.Throws<ArgumentOutOfRangeException>(() => doc.GetPage(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => doc.GetPage(doc.PageCount + 1));
    }

    [Fact]
    public void GetText_separates_pages_with_form_feeds()
    {
        using var doc = PdfDocument.Open(TextFixtures.Read("lo-report.pdf"));
        var text = doc.GetText();
        Assert.Equal(doc.PageCount, text.Count(c => c == '\f'));
        Assert.Contains("\n\nRatings\n\n", text, StringComparison.Ordinal);
    }

    public static TheoryData<string> Fixtures() => new(TextFixtures.All());
}
