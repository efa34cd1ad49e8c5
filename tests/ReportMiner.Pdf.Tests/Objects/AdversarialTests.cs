using System.Diagnostics;
using ReportMiner.Pdf.Document;
using ReportMiner.Pdf.Objects;
using static ReportMiner.Pdf.Tests.Objects.FilterTestSupport;

namespace ReportMiner.Pdf.Tests.Objects;

/// <summary>Hostile inputs end in a typed exception or a warning, quickly and in bounded memory.</summary>
public class AdversarialTests
{
    private static readonly TimeSpan Quick = TimeSpan.FromSeconds(2);

    [Fact]
    public void Resolve_DeeplyNestedObject_WarnsAndResolvesToNull()
    {
        var pdf = TestPdf.Minimal().Add(5, new string('[', 100_000)).Build("/Root 1 0 R /Info 5 0 R");
        var stopwatch = Stopwatch.StartNew();

        var file = PdfFile.Open(pdf);

        Assert.Null(file.Info);
        Assert.Contains(file.Warnings, w => w.Code == "object-damaged");
        Assert.True(stopwatch.Elapsed < Quick);
    }

    [Fact]
    public void Open_DeeplyNestedObjectInStrictMode_ThrowsFormatException()
    {
        var pdf = TestPdf.Minimal().Add(5, new string('<', 100_000)).Build("/Root 1 0 R /Info 5 0 R");

        Assert.ThrowsAny<PdfFormatException>(() => PdfFile.Open(pdf, new PdfReadOptions { Lenient = false }));
    }

    [Fact]
    public void Resolve_ReferenceLoop_WarnsAndResolvesToNull()
    {
        var file = PdfFile.Open(TestPdf.Minimal().Add(5, "6 0 R").Add(6, "5 0 R").Build());
        var stopwatch = Stopwatch.StartNew();

        var value = file.Resolve(new PdfReference(5, 0));

        Assert.Same(PdfNull.Instance, value);
        Assert.Contains(file.Warnings, w => w.Code == "reference-loop");
        Assert.True(stopwatch.Elapsed < Quick);
    }

    [Fact]
    public void Open_PagesReferenceLoop_FallsBackToPageScan()
    {
        var pdf = new TestPdf()
            .Add(1, "<< /Type /Catalog /Pages 5 0 R >>")
            .Add(3, "<< /Type /Page /MediaBox [0 0 10 10] >>")
            .Add(5, "6 0 R")
            .Add(6, "5 0 R")
            .Build();

        var file = PdfFile.Open(pdf);

        Assert.Single(file.Pages);
        Assert.Contains(file.Warnings, w => w.Code == "page-tree-damaged");
    }

    [Fact]
    public void Open_KidsLoop_VisitsEachNodeOnce()
    {
        var pdf = new TestPdf()
            .Add(1, "<< /Type /Catalog /Pages 2 0 R >>")
            .Add(2, "<< /Type /Pages /Kids [3 0 R 2 0 R 7 0 R] /Count 2 /MediaBox [0 0 10 10] >>")
            .Add(3, "<< /Type /Page /Parent 2 0 R >>")
            .Add(7, "<< /Type /Pages /Kids [2 0 R 3 0 R] >>")
            .Build();

        var file = PdfFile.Open(pdf);

        Assert.Single(file.Pages);
        Assert.Contains(file.Warnings, w => w.Code == "page-tree-loop");
    }

    [Fact]
    public void GetContentBytes_StreamLengthRefersToItself_RecoversByEndstream()
    {
        var pdf = new TestPdf()
            .Add(1, "<< /Type /Catalog /Pages 2 0 R >>")
            .Add(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 /MediaBox [0 0 10 10] >>")
            .Add(3, "<< /Type /Page /Parent 2 0 R /Contents 4 0 R >>")
            .AddStream(4, "/Length 4 0 R", "BT ET"u8.ToArray(), writeLength: false)
            .Build();

        var file = PdfFile.Open(pdf);

        Assert.Equal("BT ET"u8.ToArray(), file.Pages[0].GetContentBytes());
        Assert.Contains(file.Warnings, w => w.Code == "reference-loop");
        Assert.Contains(file.Warnings, w => w.Code == "stream-length");
    }

    [Fact]
    public void GetContentBytes_HugeDeclaredLength_RecoversByEndstream()
    {
        var pdf = new TestPdf()
            .Add(1, "<< /Type /Catalog /Pages 2 0 R >>")
            .Add(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 /MediaBox [0 0 10 10] >>")
            .Add(3, "<< /Type /Page /Parent 2 0 R /Contents 4 0 R >>")
            .AddStream(4, "/Length 99999999999999", "BT ET"u8.ToArray(), writeLength: false)
            .Build();

        var file = PdfFile.Open(pdf);

        Assert.Equal("BT ET"u8.ToArray(), file.Pages[0].GetContentBytes());
        Assert.Contains(file.Warnings, w => w.Code == "stream-length");
    }

    [Fact]
    public void GetContentBytes_ZipBomb_StopsAtLimit()
    {
        var bomb = Zlib(new byte[32 * 1024 * 1024], System.IO.Compression.CompressionLevel.SmallestSize);
        var pdf = new TestPdf()
            .Add(1, "<< /Type /Catalog /Pages 2 0 R >>")
            .Add(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 /MediaBox [0 0 10 10] >>")
            .Add(3, "<< /Type /Page /Parent 2 0 R /Contents 4 0 R >>")
            .AddStream(4, "/Filter /FlateDecode", bomb)
            .Build();
        var stopwatch = Stopwatch.StartNew();

        var file = PdfFile.Open(pdf, new PdfReadOptions { MaxDecodedStreamBytes = 1024 * 1024 });
        var content = file.Pages[0].GetContentBytes();

        Assert.Equal(1024 * 1024, content.Length);
        Assert.Contains(file.Warnings, w => w.Code == "stream-too-large" && w.Page == 1);
        Assert.True(stopwatch.Elapsed < Quick);
    }

    [Fact]
    public void GetPage_EveryPageABomb_StopsAtAllocationBudget()
    {
        // Given 100 pages that share one content stream inflating to 32 MiB (under the one-stream limit)
        var pdf = ManyPages(100, Zlib(new byte[32 * 1024 * 1024], System.IO.Compression.CompressionLevel.SmallestSize));
        var stopwatch = Stopwatch.StartNew();

        // When the pages are read with 256 MiB to spend
        using var document = PdfDocument.Open(pdf, new PdfReadOptions { MaxAllocatedBytes = 256L * 1024 * 1024 });
        var e = Assert.Throws<PdfLimitExceededException>(() => document.GetPages().Count());

        // Then the read stops a few pages in, naming the option
        Assert.Contains("MaxAllocatedBytes", e.Message, StringComparison.Ordinal);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(30));
    }

    [Fact]
    public void GetPage_CancelledWhileAPageOfMillionsOfOperatorsRuns_ThrowsOperationCanceled()
    {
        // Given pages of four million operators each
        var pdf = ManyPages(50, Zlib(System.Text.Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("q Q ", 2_000_000)))));
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        var stopwatch = Stopwatch.StartNew();

        // When the read is cancelled after 200 ms
        using var document = PdfDocument.Open(pdf, null, cancellation.Token);
        Assert.ThrowsAny<OperationCanceledException>(() => document.GetPages().Count());

        // Then it stops then rather than after every page
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(20));
    }

    [Fact]
    public void Open_AlreadyCancelled_ThrowsOperationCanceled()
    {
        var pdf = ManyPages(1, Zlib("BT ET"u8.ToArray()));

        Assert.ThrowsAny<OperationCanceledException>(() => PdfDocument.Open(pdf, null, new CancellationToken(canceled: true)));
    }

    [Fact]
    public void Resolve_ObjectStreamContainingItself_EndsWithWarning()
    {
        var body = new TestPdf()
            .Add(1, "<< /Type /Catalog /Pages 2 0 R >>")
            .Add(2, "<< /Type /Pages /Kids [] /Count 0 >>")
            .Build(includeXref: false);
        var xrefAt = body.Length;
        byte[] rows =
        [
            0, 0, 0, 0xFF,
            1, (byte)(CrossReferenceTests.OffsetOf(body, 1) >> 8), (byte)CrossReferenceTests.OffsetOf(body, 1), 0,
            1, (byte)(CrossReferenceTests.OffsetOf(body, 2) >> 8), (byte)CrossReferenceTests.OffsetOf(body, 2), 0,
            2, 0, 3, 0, // object 3 is "in" object stream 3
            1, (byte)(xrefAt >> 8), (byte)xrefAt, 0,
        ];
        byte[] pdf = [.. body, .. TestPdf.Latin1($"4 0 obj\n<< /Type /XRef /Size 5 /W [1 2 1] /Root 1 0 R /Length {rows.Length} >>\nstream\n"), .. rows, .. TestPdf.Latin1($"\nendstream\nendobj\nstartxref\n{xrefAt}\n%%EOF\n")];
        var file = PdfFile.Open(pdf);

        var value = file.Resolve(new PdfReference(3, 0));

        Assert.Same(PdfNull.Instance, value);
        Assert.NotEmpty(file.Warnings);
    }

    [Fact]
    public void Open_MutatedFiles_OnlyTypedExceptions()
    {
        // Deterministic damage: truncations and byte flips of a real file. Anything may fail, but only as a PdfException.
        var original = Fixture.Bytes("groff.pdf");
        var random = new Random(1234);
        var stopwatch = Stopwatch.StartNew();
        for (var i = 0; i < 150; i++)
        {
            var data = (byte[])original.Clone();
            if (i % 3 == 0)
            {
                data = data[..random.Next(20, data.Length)];
            }

            for (var k = 0; k < 1 + (i % 20); k++)
            {
                data[random.Next(data.Length)] = (byte)random.Next(256);
            }

            try
            {
                var file = PdfFile.Open(data);
                foreach (var page in file.Pages)
                {
                    page.GetContentBytes();
                }
            }
            catch (PdfException)
            {
            }
        }

        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(10));
    }

    [Fact]
    public void AddWarning_ManyWarnings_AreCapped()
    {
        var file = PdfFile.Open(TestPdf.Minimal().Build());

        for (var i = 0; i < 2000; i++)
        {
            file.AddWarning(new PdfWarning("test", $"warning {i}"));
        }

        Assert.True(file.Warnings.Count <= Parsing.PdfDiagnostics.MaxWarnings + 1);
        Assert.Equal("too-many-warnings", file.Warnings[^1].Code);
    }

    /// <summary>A document of <paramref name="pages"/> pages that all draw one Flate content stream.</summary>
    private static byte[] ManyPages(int pages, byte[] deflatedContent)
    {
        var kids = string.Join(' ', Enumerable.Range(0, pages).Select(i => $"{5 + i} 0 R"));
        var pdf = new TestPdf()
            .Add(1, "<< /Type /Catalog /Pages 2 0 R >>")
            .Add(2, $"<< /Type /Pages /Kids [{kids}] /Count {pages} /MediaBox [0 0 612 792] >>")
            .AddStream(4, "/Filter /FlateDecode", deflatedContent);
        for (var i = 0; i < pages; i++)
        {
            pdf.Add(5 + i, "<< /Type /Page /Parent 2 0 R /Contents 4 0 R >>");
        }

        return pdf.Build();
    }
}
