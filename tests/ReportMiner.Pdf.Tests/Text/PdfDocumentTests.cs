namespace ReportMiner.Pdf.Tests.Text;

/// <summary>The public facade on small hand-written files.</summary>
public sealed class PdfDocumentTests
{
    [Fact]
    public void Reads_pages_text_and_info()
    {
        var bytes = MiniPdf.Document(
            [("BT /F1 12 Tf 72 700 Td (Hello world) Tj ET", ""), ("BT /F1 12 Tf 72 700 Td (Second page) Tj ET", "")],
            info: "<< /Title (Northbridge report) /Author <FEFF004A006F> /Producer (Hand) /CreationDate (D:20240131120000+01'00') /ModDate (D:2024) >>");
        using var doc = PdfDocument.Open(bytes);
        Assert.Equal(2, doc.PageCount);
        Assert.Equal("Hello world\n\fSecond page\n\f", doc.GetText());
        Assert.Equal("Northbridge report", doc.Info.Title);
        Assert.Equal("Jo", doc.Info.Author);
        Assert.Equal(new DateTimeOffset(2024, 1, 31, 12, 0, 0, TimeSpan.FromHours(1)), doc.Info.CreationDate);
        Assert.Equal(2024, doc.Info.ModificationDate!.Value.Year);
        var page = doc.GetPage(1);
        Assert.Equal(612, page.Width);
        Assert.Equal(792, page.Height);
        var block = Assert.Single(page.Blocks);
        Assert.Equal(PdfBlockKind.Paragraph, block.Kind);
        Assert.Equal(12, block.FontSize);
        Assert.Empty(block.Cells);
    }

    [Fact]
    public void A_damaged_page_gives_warnings_and_the_other_pages_still_read()
    {
        var bytes = MiniPdf.Document(
            [("BT /F9 12 Tf 72 700 Td (Lost font) Tj ET ] >> (((", ""), ("BT /F1 12 Tf 72 700 Td (Fine) Tj ET", "")]);
        using var doc = PdfDocument.Open(bytes);
        var damaged = doc.GetPage(1);
        Assert.Contains(damaged.Warnings, w => w.Code == "font-missing" && w.Page == 1);
        Assert.Equal("Fine", doc.GetPage(2).Text);
        Assert.Contains(doc.Warnings, w => w.Code == "font-missing");
    }

    [Fact]
    public void Identity_font_without_tounicode_is_reported_on_the_document()
    {
        var bytes = MiniPdf.Document(
            [("BT /F1 12 Tf 72 700 Td <00240025> Tj ET", "")],
            fontDictionary: "<< /Type /Font /Subtype /Type0 /BaseFont /ABCDEF+Calibri /Encoding /Identity-H /DescendantFonts [<< /Type /Font /Subtype /CIDFontType2 /BaseFont /ABCDEF+Calibri /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> >>] >>");
        using var doc = PdfDocument.Open(bytes);
        Assert.Equal(string.Empty, doc.GetPage(1).Text);
        Assert.Contains(doc.Warnings, w => w.Code == "font-no-unicode" && w.Message.Contains("has no Unicode mapping", StringComparison.Ordinal));
    }

    [Fact]
    public void Rotated_pages_are_read_upright()
    {
        // Text drawn rotated by 90° on a page displayed with /Rotate 90 reads normally.
        var bytes = MiniPdf.Document([("BT /F1 12 Tf 0 1 -1 0 300 100 Tm (Upright text) Tj ET", "/Rotate 90")]);
        using var doc = PdfDocument.Open(bytes);
        var page = doc.GetPage(1);
        Assert.Equal(792, page.Width);
        Assert.Equal(612, page.Height);
        Assert.Equal("Upright text", page.Text);
    }

    [Fact]
    public void Stream_overload_reads_to_the_end()
    {
        var bytes = MiniPdf.Document([("BT /F1 12 Tf 72 700 Td (From a stream) Tj ET", "")]);
        using var stream = new MemoryStream(bytes);
        using var doc = PdfDocument.Open(stream);
        Assert.Equal("From a stream", doc.GetPage(1).Text);
    }

    [Fact]
    public void Not_a_pdf_throws_a_pdf_exception() =>
        Assert.ThrowsAny<PdfException>(() => PdfDocument.Open("hello, this is not a PDF"u8.ToArray()));

    [Fact]
    public void Disposed_document_throws()
    {
        var doc = PdfDocument.Open(MiniPdf.Document([("BT /F1 12 Tf 72 700 Td (x) Tj ET", "")]));
        doc.Dispose();
        Assert.Throws<ObjectDisposedException>(() => doc.GetPage(1));
    }
}
