using ReportMiner.Documents;
using ReportMiner.Loading.Pdf;

namespace ReportMiner.Tests.Loading.Pdf;

/// <summary>
/// Page furniture decided across the document: lines in a page's margin zone stay running headers and footers only
/// where they repeat on other pages or are set smaller than the body; a paragraph that runs to the foot of a page is
/// body text.
/// </summary>
public sealed class RunningFurnitureTests
{
    private static IReadOnlyList<Block> Load(string name)
    {
        var path = Path.Combine(TestPaths.Corpus, "dev", "frameworks", name);
        return new PdfLoader().Load(File.ReadAllBytes(path), new DocumentSource(path)).Blocks;
    }

    [Fact]
    public void Load_ParagraphRunningIntoTheFootAndHeadOfPages_IsBodyText()
    {
        // Given a Chromium report whose summary paragraph ends at the foot of page 1, below its heading's gap, and
        // goes on at the head of page 2 beside a small running title
        var blocks = Load("hmip-youth-cheshire-west-and-chester-2025.pdf");

        // Then the paragraph's lines on both pages are body text, and only the running title is furniture
        Assert.Contains(blocks, b => b.Kind == BlockKind.Paragraph && b.Page == 1 && b.Text.Contains("requires improvement. Its diversion work is good", StringComparison.Ordinal));
        Assert.Contains(blocks, b => b.Kind == BlockKind.Paragraph && b.Page == 2 && b.Text.Contains("have not had a clear enough grip", StringComparison.Ordinal));
        var furniture = Assert.Single(blocks, b => b.Kind == BlockKind.Furniture);
        Assert.StartsWith("Inspection of youth justice services: Cheshire West and Chester", furniture.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_FooterRepeatedOnEveryPage_StaysFurniture()
    {
        // Given a LibreOffice report with a running footer "… Page n of 3" on each page
        var footers = Load("hmip-youth-hampshire-2022.pdf").Where(b => b.Text.StartsWith("Inspection of youth justice services: Hampshire", StringComparison.Ordinal)).ToList();

        // Then every page's footer is furniture
        Assert.Equal(3, footers.Count);
        Assert.All(footers, f => Assert.Equal(BlockKind.Furniture, f.Kind));
    }
}
