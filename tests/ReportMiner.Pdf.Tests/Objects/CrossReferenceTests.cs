using System.Text;
using ReportMiner.Pdf.Document;
using ReportMiner.Pdf.Objects;
using static ReportMiner.Pdf.Tests.Objects.FilterTestSupport;

namespace ReportMiner.Pdf.Tests.Objects;

public class CrossReferenceTests
{
    /// <summary>The offset of "N 0 obj" at the start of a line.</summary>
    internal static int OffsetOf(byte[] pdf, int number)
    {
        var needle = Encoding.ASCII.GetBytes($"\n{number} 0 obj");
        return pdf.AsSpan().IndexOf(needle) + 1;
    }

    private static byte[] Concat(params byte[][] parts) => [.. parts.SelectMany(p => p)];

    [Fact]
    public void Open_XrefStreamWithPredictor_ReadsObjects()
    {
        var body = TestPdf.Minimal().Build(includeXref: false);
        var xrefAt = body.Length;

        // Rows: type (1 byte), offset (4 bytes), generation (2 bytes); PNG Up predictor over 7 columns, as writers do.
        var rows = new List<byte[]> { new byte[] { 0, 0, 0, 0, 0, 0xFF, 0xFF } };
        foreach (var n in new[] { 1, 2, 3, 4 })
        {
            var o = OffsetOf(body, n);
            rows.Add([1, (byte)(o >> 24), (byte)(o >> 16), (byte)(o >> 8), (byte)o, 0, 0]);
        }

        rows.Add([1, (byte)(xrefAt >> 24), (byte)(xrefAt >> 16), (byte)(xrefAt >> 8), (byte)xrefAt, 0, 0]);
        var png = new List<byte>();
        var previous = new byte[7];
        foreach (var row in rows)
        {
            png.Add(2);
            png.AddRange(row.Select((b, i) => (byte)(b - previous[i])));
            previous = row;
        }

        var data = Zlib([.. png]);
        var xref = Concat(
            TestPdf.Latin1($"5 0 obj\n<< /Type /XRef /Size 6 /W [1 4 2] /Root 1 0 R /Filter /FlateDecode /DecodeParms << /Predictor 12 /Columns 7 >> /Length {data.Length} >>\nstream\n"),
            data,
            TestPdf.Latin1($"\nendstream\nendobj\nstartxref\n{xrefAt}\n%%EOF\n"));

        var file = PdfFile.Open(Concat(body, xref));

        Assert.Single(file.Pages);
        Assert.Empty(file.Warnings);
        Assert.Equal("XRef", ((PdfName)file.Trailer.Get("Type")!).Value);
    }

    [Fact]
    public void Open_HybridFile_ReadsObjectsFromXRefStm()
    {
        // Object 4 (the page resources) lives only in object stream 5, which only the /XRefStm lists.
        var objectStream = "4 0 << /Font << /F1 6 0 R >> >>";
        TestPdf Document(string trailer) => new TestPdf()
            .Add(1, "<< /Type /Catalog /Pages 2 0 R >>")
            .Add(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 /MediaBox [0 0 200 200] >>")
            .Add(3, "<< /Type /Page /Parent 2 0 R /Resources 4 0 R /Contents 7 0 R >>")
            .AddStream(5, "/Type /ObjStm /N 1 /First 4", TestPdf.Latin1(objectStream))
            .Add(6, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
            .AddStream(7, string.Empty, TestPdf.Latin1("BT ET"))
            .AddStream(8, "/Type /XRef /Size 9 /W [1 2 1] /Index [4 1]", [2, 0, 5, 0]);
        var first = Document(string.Empty).Build();
        var xrefStm = OffsetOf(first, 8);

        var file = PdfFile.Open(Document($"/Root 1 0 R /XRefStm {xrefStm}").Build($"/Root 1 0 R /XRefStm {xrefStm}"));

        var page = Assert.Single(file.Pages);
        var font = (PdfDictionary)file.Resolve(((PdfDictionary)page.Resources.Get("Font")!).Get("F1"));
        Assert.Equal("Helvetica", ((PdfName)font.Get("BaseFont")!).Value);
        Assert.Empty(file.Warnings);
    }

    [Fact]
    public void Open_PrevLoop_EndsWithWarning()
    {
        var first = TestPdf.Minimal().Build();
        var xrefAt = Encoding.ASCII.GetString(first).LastIndexOf("\nxref", StringComparison.Ordinal) + 1;
        var pdf = TestPdf.Minimal().Build($"/Root 1 0 R /Prev {xrefAt}");
        var started = System.Diagnostics.Stopwatch.StartNew();

        var file = PdfFile.Open(pdf);

        Assert.Single(file.Pages);
        Assert.Contains(file.Warnings, w => w.Code == "xref-loop");
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(2));
    }

    [Fact]
    public void Open_SubsectionNumberedFromOne_IsCorrected()
    {
        var pdf = Encoding.Latin1.GetString(TestPdf.Minimal().Build()).Replace("xref\n0 5", "xref\n1 5", StringComparison.Ordinal);

        var file = PdfFile.Open(Encoding.Latin1.GetBytes(pdf));

        Assert.Single(file.Pages);
        Assert.Empty(file.Warnings);
    }

    [Fact]
    public void Open_NoXrefAtAll_RebuildsByScanning()
    {
        var file = PdfFile.Open(TestPdf.Minimal().Build(includeXref: false));

        Assert.Single(file.Pages);
        Assert.Contains(file.Warnings, w => w.Code == "xref-rebuilt");
    }

    [Fact]
    public void Open_NoXrefInStrictMode_Throws() =>
        Assert.Throws<PdfFormatException>(() => PdfFile.Open(TestPdf.Minimal().Build(includeXref: false), new PdfReadOptions { Lenient = false }));

    [Fact]
    public void Open_LaterDuplicateObjectWhenRebuilding_Wins()
    {
        var pdf = new TestPdf()
            .Add(1, "<< /Type /Catalog /Pages 2 0 R >>")
            .Add(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
            .Add(3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 100 100] >>")
            .Add(3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 300] >>")
            .Build(includeXref: false);

        var file = PdfFile.Open(pdf);

        Assert.Equal(300, file.Pages[0].MediaBox.Width);
    }

    [Fact]
    public void Open_NotAPdf_ThrowsFormatException()
    {
        var e = Assert.Throws<PdfFormatException>(() => PdfFile.Open("<html><body>Not a PDF</body></html>"u8.ToArray()));

        Assert.Contains("not a PDF", e.Message);
    }

    [Fact]
    public void Open_Empty_ThrowsFormatException() =>
        Assert.Throws<PdfFormatException>(() => PdfFile.Open(ReadOnlyMemory<byte>.Empty));

    [Fact]
    public void Open_HeaderOnly_ThrowsFormatException() =>
        Assert.Throws<PdfFormatException>(() => PdfFile.Open("%PDF-1.7\n%%EOF\n"u8.ToArray()));

    [Fact]
    public void Open_OverMaxFileBytes_ThrowsFormatException() =>
        Assert.Throws<PdfFormatException>(() => PdfFile.Open(TestPdf.Minimal().Build(), new PdfReadOptions { MaxFileBytes = 100 }));

    [Fact]
    public void Open_CatalogVersionLaterThanHeader_WinsVersion()
    {
        var pdf = new TestPdf()
            .Add(1, "<< /Type /Catalog /Pages 2 0 R /Version /1.7 >>")
            .Add(2, "<< /Type /Pages /Kids [] /Count 0 >>")
            .Build();

        Assert.Equal("1.7", PdfFile.Open(pdf).Version);
    }
}
