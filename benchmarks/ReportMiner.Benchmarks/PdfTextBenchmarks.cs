using BenchmarkDotNet.Attributes;
using ReportMiner.Pdf;

namespace ReportMiner.Benchmarks;

/// <summary>
/// Whole-document text extraction (<c>PdfDocument.Open(…).GetText()</c>) on the 40-page fixtures, one per producer.
/// Divide the mean by the page count shown in the parameter to get time per page; pdftotext needs 1.2–2.5 ms/page.
/// Run: <c>dotnet run -c Release --project benchmarks/ReportMiner.Benchmarks -- --filter *PdfText*</c>.
/// </summary>
[MemoryDiagnoser]
public class PdfTextBenchmarks
{
    private byte[] data = [];

    /// <summary>The fixture under test.</summary>
    [ParamsSource(nameof(Fixtures))]
    public LongFixture Fixture { get; set; } = null!;

    /// <summary>The 40-page fixtures, by producer.</summary>
    public static IEnumerable<LongFixture> Fixtures() =>
        new[] { "lo", "chrome", "gs", "groffpdf" }.Select(p => new LongFixture(p));

    /// <summary>Reads the fixture once, outside the measurement.</summary>
    [GlobalSetup]
    public void Setup() => data = File.ReadAllBytes(Fixture.Path);

    /// <summary>Opens the document and extracts all text with layout.</summary>
    [Benchmark]
    public int OpenAndGetText()
    {
        using var doc = PdfDocument.Open(data);
        return doc.GetText().Length;
    }

    /// <summary>A 40-page producer fixture from tests/ReportMiner.Pdf.Tests/Fixtures/text.</summary>
    public sealed class LongFixture
    {
        /// <summary>Creates the fixture for a producer prefix (lo, chrome, gs, groffpdf).</summary>
        public LongFixture(string producer)
        {
            Producer = producer;
            Path = System.IO.Path.Combine(FindDirectory(), producer + "-long.pdf");
            using var doc = PdfDocument.Open(File.ReadAllBytes(Path));
            Pages = doc.PageCount;
        }

        /// <summary>The producer prefix.</summary>
        public string Producer { get; }

        /// <summary>The file path.</summary>
        public string Path { get; }

        /// <summary>The number of pages.</summary>
        public int Pages { get; }

        /// <inheritdoc />
        public override string ToString() => $"{Producer} ({Pages} pages)";

        private static string FindDirectory()
        {
            var fromEnvironment = Environment.GetEnvironmentVariable("REPORTMINER_PDF_FIXTURES");
            if (!string.IsNullOrEmpty(fromEnvironment))
            {
                return fromEnvironment;
            }

            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var candidate = System.IO.Path.Combine(dir.FullName, "tests", "ReportMiner.Pdf.Tests", "Fixtures", "text");
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }

            throw new DirectoryNotFoundException("tests/ReportMiner.Pdf.Tests/Fixtures/text not found; set REPORTMINER_PDF_FIXTURES");
        }
    }
}
