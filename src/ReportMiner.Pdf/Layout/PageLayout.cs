using ReportMiner.Pdf.Content;

namespace ReportMiner.Pdf.Layout;

/// <summary>
/// The layout pipeline for one page: glyphs → words → bands → header/footer split → body reading order
/// (columns, tables, blocks). Text in other directions (rotated labels) follows the upright text.
/// </summary>
internal static class PageLayout
{
    /// <summary>The page's blocks in reading order.</summary>
    public static List<PdfTextBlock> Analyze(PageContent content, double width, double height)
    {
        var blocks = new List<PdfTextBlock>();
        var words = WordBuilder.Build(content.Glyphs, 0, width, height);
        var stats = PageStatistics.From(words);
        if (words.Count > 0)
        {
            var bands = Band.Split(words);
            var (headers, body, footers) = MarginClassifier.Split(bands, height, stats);
            blocks.AddRange(headers);
            RegionLayout.Layout(Band.WordsOf(body), content.Rules, stats, blocks);
            blocks.AddRange(footers);
        }

        var hasOther = false;
        foreach (var g in content.Glyphs)
        {
            if (g.Direction != 0)
            {
                hasOther = true;
                break;
            }
        }

        if (hasOther)
        {
            for (var direction = 1; direction < 4; direction++)
            {
                var rotated = WordBuilder.Build(content.Glyphs, direction, width, height);
                if (rotated.Count > 0)
                {
                    BlockBuilder.Build(LineBuilder.Build(rotated), PageStatistics.From(rotated), blocks);
                }
            }
        }

        return blocks;
    }
}
