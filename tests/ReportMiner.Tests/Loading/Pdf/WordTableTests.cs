using ReportMiner.Documents;
using ReportMiner.Loading.Pdf;

namespace ReportMiner.Tests.Loading.Pdf;

/// <summary>
/// Ratings tables exported from a word processor without cell padding: rows that no gap separates, labels wrapped
/// inside their cell, spanning domain rows, and a table continued on the next page under a repeated header.
/// </summary>
public sealed class WordTableTests
{
    private static readonly string Hampshire = Path.Combine(TestPaths.Corpus, "dev", "frameworks", "hmip-youth-hampshire-2022.pdf");

    private static IReadOnlyList<Block> Rows() =>
        new PdfLoader().Load(File.ReadAllBytes(Hampshire), new DocumentSource(Hampshire)).Blocks
            .Where(b => b.Kind == BlockKind.TableRow)
            .ToList();

    [Fact]
    public void Load_UnpaddedTable_GivesOneRowPerStandardWithItsWrappedLabelWhole()
    {
        // Given a LibreOffice ratings table whose rows touch and whose long labels wrap
        // When it is loaded
        var rows = Rows();

        // Then each standard is one row, its label whole and its grade in its own cell
        Assert.Contains(rows, r => r.Cells.SequenceEqual(["1.1 Governance and leadership", "Outstanding"]));
        Assert.Contains(rows, r => r.Cells.SequenceEqual(["1.3 Partnerships and services", "Good"]));
        Assert.Contains(rows, r => r.Cells.SequenceEqual(["3.4 Out-of-court disposal policy and provision", "Outstanding"]));
    }

    [Fact]
    public void Load_SpanningDomainRowsAndStackedRows_AreRowsOfTheirOwn()
    {
        var rows = Rows();

        // A domain row is not glued to the wrapped label above it, and two touching one-line rows stay apart
        Assert.Contains(rows, r => r.Cells[0] == "2. Court disposals");
        Assert.Contains(rows, r => r.Cells[0] == "1.4 Information and facilities" && r.Cells[1] == "Good");
        Assert.Contains(rows, r => r.Cells.SequenceEqual(["Score", "32/36"]));
        Assert.Contains(rows, r => r.Cells.SequenceEqual(["Overall rating", "Outstanding"]));
    }

    [Fact]
    public void Load_TableContinuedOnTheNextPage_IsStillReadAsRows()
    {
        var rows = Rows().Where(r => r.Page == 3).ToList();

        Assert.Contains(rows, r => r.Cells.SequenceEqual(["2.4 Reviewing", "Good"]));
        Assert.Contains(rows, r => r.Cells.SequenceEqual(["4.1 Resettlement policy and provision", "Good"]));
    }
}
