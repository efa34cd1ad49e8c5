using Xunit.Abstractions;

namespace ReportMiner.Pdf.Tests.Text;

/// <summary>
/// Compares <see cref="PdfDocument.GetText"/> with poppler's pdftotext on every fixture: ≥ 0.99 similarity after
/// folding white space. Fixtures with tables are compared as word multisets (pdftotext reads table columns one after
/// the other, we read rows); prose fixtures are also compared in order, page by page, with the running headers and
/// footers taken out of both sides (pdftotext sometimes files a footer inside a column).
/// </summary>
public sealed class PdftotextOracleTests(ITestOutputHelper output)
{
    public static TheoryData<string> Fixtures() => new(TextFixtures.All());

    [PdftotextTheory]
    [MemberData(nameof(Fixtures))]
    public void Text_matches_pdftotext(string fixture)
    {
        var path = TextFixtures.PathOf(fixture);
        var reference = Pdftotext.Extract(path);
        using var doc = PdfDocument.Open(File.ReadAllBytes(path));
        var ours = doc.GetText();

        var bag = TextSimilarity.BagOfWords(TextSimilarity.Fold(reference), TextSimilarity.Fold(ours));
        output.WriteLine($"{fixture}: word-multiset similarity {bag:F4}");
        Assert.True(bag >= 0.99, $"{fixture}: word-multiset similarity {bag:F4} < 0.99");

        if (TextFixtures.HasTable(fixture))
        {
            return;
        }

        var refPages = reference.Split('\f');
        double weighted = 0;
        long length = 0;
        foreach (var page in doc.GetPages())
        {
            var refText = page.Number - 1 < refPages.Length ? refPages[page.Number - 1] : string.Empty;
            var ourBody = string.Join("\n", page.Blocks.Where(b => !IsMargin(b)).Select(b => string.Join("\n", b.Lines)));
            foreach (var margin in page.Blocks.Where(IsMargin))
            {
                var at = refText.IndexOf(margin.Text, StringComparison.Ordinal);
                if (at >= 0)
                {
                    refText = refText.Remove(at, margin.Text.Length);
                }
            }

            var a = TextSimilarity.Fold(refText);
            var sim = TextSimilarity.Ordered(a, TextSimilarity.Fold(ourBody));
            weighted += sim * a.Length;
            length += a.Length;
        }

        var ordered = length == 0 ? 1 : weighted / length;
        output.WriteLine($"{fixture}: ordered body similarity {ordered:F4}");
        Assert.True(ordered >= 0.99, $"{fixture}: ordered similarity {ordered:F4} < 0.99");
    }

    private static bool IsMargin(PdfTextBlock b) => b.Kind is PdfBlockKind.Header or PdfBlockKind.Footer or PdfBlockKind.PageNumber;
}
