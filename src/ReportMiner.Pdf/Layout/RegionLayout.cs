using ReportMiner.Pdf.Content;

namespace ReportMiner.Pdf.Layout;

/// <summary>
/// Orders the body of a page: bands are read top to bottom; where a gutter splits a run of bands, the run is read
/// as a table (row by row) or column by column (each column laid out recursively); everything else flows into
/// lines and blocks.
/// </summary>
internal static class RegionLayout
{
    private const int MaxDepth = 3;

    /// <summary>Appends the blocks of <paramref name="words"/> in reading order.</summary>
    public static void Layout(List<LayoutWord> words, List<Rule> rules, PageStatistics stats, List<PdfTextBlock> output, int depth = 0)
    {
        if (words.Count == 0)
        {
            return;
        }

        var bands = Band.Split(words);
        var left = words.Min(w => w.X0);
        var right = words.Max(w => w.X1);
        var minGutter = Math.Max(0.8 * stats.BodySize, 4);
        var freeByBand = new List<(double From, double To)>[bands.Count];
        for (var b = 0; b < bands.Count; b++)
        {
            freeByBand[b] = bands[b].FreeIntervals(left, right, minGutter);
        }

        var flow = new List<Band>();
        var i = 0;
        while (i < bands.Count)
        {
            var found = depth < MaxDepth ? ColumnFinder.Find(bands, freeByBand, i, left, right, minGutter) : null;
            if (found is null)
            {
                flow.Add(bands[i]);
                i++;
                continue;
            }

            var (end, gutters) = found.Value;
            var run = bands.GetRange(i, end - i);
            var columns = ColumnFinder.ColumnBounds(gutters, left, right);
            var table = TableDetector.TryBuild(run, columns, rules);
            if (table is not null)
            {
                // Bands above the table (a heading caught in the run) flow normally; those below are looked at again.
                flow.AddRange(run.GetRange(0, table.StartBand));
                Flush(flow, stats, output);
                output.AddRange(table.Rows);
                i += table.EndBand;
                continue;
            }
            else
            {
                Flush(flow, stats, output);
                var perColumn = new List<LayoutWord>[columns.Count];
                for (var c = 0; c < perColumn.Length; c++)
                {
                    perColumn[c] = [];
                }

                foreach (var w in Band.WordsOf(run))
                {
                    perColumn[ColumnFinder.ColumnOf(w, columns)].Add(w);
                }

                foreach (var col in perColumn)
                {
                    Layout(col, rules, stats, output, depth + 1);
                }
            }

            i = end;
        }

        Flush(flow, stats, output);
    }

    private static void Flush(List<Band> flow, PageStatistics stats, List<PdfTextBlock> output)
    {
        if (flow.Count == 0)
        {
            return;
        }

        BlockBuilder.Build(LineBuilder.Build(Band.WordsOf(flow)), stats, output);
        flow.Clear();
    }
}
