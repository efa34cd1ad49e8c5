using ReportMiner.Pdf.Content;

namespace ReportMiner.Pdf.Layout;

/// <summary>
/// Decides whether a multi-column run is a table, and if so cuts it into rows. Rows are separated by vertical
/// gaps clearly wider than the run's line pitch, or by horizontal rules; where neither separates them (a table with
/// no cell padding), each row starts at a line with text in two or more columns. A run is a table when it has at least two
/// rows, most rows have text in two or more columns, and rows are short (prose columns make few, tall "rows").
/// </summary>
internal static class TableDetector
{
    /// <summary>
    /// The table rows found in <paramref name="bands"/> (a gutter-split run, top to bottom) and the range of bands they
    /// cover (single-column rows at either end, such as a heading above the table, are left out), or null when the
    /// run reads as ordinary columns.
    /// </summary>
    public static TableResult? TryBuild(List<Band> bands, List<(double From, double To)> columns, List<Rule> rules)
    {
        var masks = ColumnMasks(bands, columns);
        var byGaps = SplitRows(bands, columns, rules);
        var stacked = SplitStackedRows(byGaps, bands, columns, masks);

        // Rows cut at their first lines (stacked or anchored) must pass the short-column test that prose cannot.
        return Accept(stacked, bands, columns, byAnchors: stacked.Count != byGaps.Count)
            ?? (stacked.Count != byGaps.Count ? Accept(byGaps, bands, columns, byAnchors: false) : null)
            ?? Accept(SplitRowsByAnchors(bands, columns, masks), bands, columns, byAnchors: true);
    }

    /// <summary>For each band, the columns it has text in, one bit per column.</summary>
    private static int[] ColumnMasks(List<Band> bands, List<(double From, double To)> columns)
    {
        var masks = new int[bands.Count];
        for (var b = 0; b < bands.Count; b++)
        {
            foreach (var w in bands[b].Words)
            {
                masks[b] |= 1 << Math.Min(ColumnFinder.ColumnOf(w, columns), 30);
            }
        }

        return masks;
    }

    /// <summary>
    /// Splits a row that holds two or more lines starting rows of their own ("Score 32/36" over "Overall rating
    /// Outstanding", or a domain line over its standards): unpadded rows that no gap separates. A row with one such
    /// line and lines continuing it (a wrapped label, "Requires" over "improvement") stays whole.
    /// </summary>
    private static List<Row> SplitStackedRows(List<Row> rows, List<Band> bands, List<(double From, double To)> columns, int[] masks)
    {
        var result = new List<Row>(rows.Count);
        foreach (var row in rows)
        {
            var counts = new int[row.End - row.Start];
            var starts = new bool[row.End - row.Start];
            var anchors = 0;
            for (var b = row.Start; b < row.End; b++)
            {
                counts[b - row.Start] = System.Numerics.BitOperations.PopCount((uint)masks[b]);
                starts[b - row.Start] = StartsRow(bands[b], columns, counts[b - row.Start]);
                anchors += starts[b - row.Start] && counts[b - row.Start] >= 2 ? 1 : 0;
            }

            if (anchors < 2)
            {
                result.Add(row);
                continue;
            }

            var from = row.Start;
            for (var b = row.Start + 1; b < row.End; b++)
            {
                if (starts[b - row.Start])
                {
                    result.Add(new Row(from, b, counts.Skip(from - row.Start).Take(b - from).Max()));
                    from = b;
                }
            }

            result.Add(new Row(from, row.End, counts.Skip(from - row.Start).Take(row.End - from).Max()));
        }

        return result;
    }

    private static TableResult? Accept(List<Row> rows, List<Band> bands, List<(double From, double To)> columns, bool byAnchors)
    {
        var first = 0;
        var last = rows.Count - 1;
        while (first <= last && rows[first].Columns < 2)
        {
            first++;
        }

        while (last >= first && rows[last].Columns < 2)
        {
            last--;
        }

        var kept = last - first + 1;
        if (kept < 2)
        {
            return null;
        }

        var multi = 0;
        var totalBands = 0;
        var maxBands = 0;
        for (var r = first; r <= last; r++)
        {
            var count = rows[r].End - rows[r].Start;
            totalBands += count;
            maxBands = Math.Max(maxBands, count);
            multi += rows[r].Columns >= 2 ? 1 : 0;
        }

        // Prose columns rarely break at the same height in every column, so their "rows" are few and tall.
        if (multi * 2 < kept || (double)totalBands / kept > 4.5 || maxBands > 12)
        {
            return null;
        }

        // Rows cut at their first lines only hold where a column is made of short cells (numbers, grades), which
        // side-by-side prose never is.
        if (byAnchors && (kept < 3 || !HasShortColumn(rows, first, last, bands, columns)))
        {
            return null;
        }

        var blocks = new List<PdfTextBlock>(kept);
        for (var r = first; r <= last; r++)
        {
            blocks.Add(MakeRow(bands.GetRange(rows[r].Start, rows[r].End - rows[r].Start), columns));
        }

        return new TableResult(blocks, rows[first].Start, rows[last].End);
    }

    /// <summary>
    /// Cuts the run into rows. A row boundary lies between two bands where every column has a vertical gap clearly
    /// wider than the run's line pitch (cells end together), or where a horizontal rule crosses the table.
    /// </summary>
    private static List<Row> SplitRows(List<Band> bands, List<(double From, double To)> columns, List<Rule> rules)
    {
        var baselines = new List<double>[columns.Count];
        for (var c = 0; c < baselines.Length; c++)
        {
            baselines[c] = [];
        }

        var bandColumns = new int[bands.Count];
        for (var b = 0; b < bands.Count; b++)
        {
            foreach (var w in bands[b].Words)
            {
                var c = ColumnFinder.ColumnOf(w, columns);
                bandColumns[b] |= 1 << Math.Min(c, 30);
                var list = baselines[c];
                if (!list.Exists(y => Math.Abs(y - w.Baseline) < 0.3 * w.Size))
                {
                    list.Add(w.Baseline);
                }
            }
        }

        var pitch = double.MaxValue;
        foreach (var list in baselines)
        {
            list.Sort(static (a, b) => b.CompareTo(a));
            for (var i = 1; i < list.Count; i++)
            {
                pitch = Math.Min(pitch, list[i - 1] - list[i]);
            }
        }

        if (pitch == double.MaxValue)
        {
            pitch = bands.Max(b => b.MaxSize) * 1.2;
        }

        var rows = new List<Row>();
        var start = 0;
        for (var k = 0; k + 1 < bands.Count; k++)
        {
            var split = (bands[k].Words.Min(w => w.Baseline) + bands[k + 1].FirstBaseline) / 2;
            var allGaps = true;
            foreach (var list in baselines)
            {
                var above = double.PositiveInfinity;
                var below = double.NegativeInfinity;
                foreach (var y in list)
                {
                    if (y > split)
                    {
                        above = y;
                    }
                    else
                    {
                        below = y;
                        break;
                    }
                }

                if (above - below <= (pitch * 1.2) + 0.5)
                {
                    allGaps = false;
                    break;
                }
            }

            if (allGaps || HasRuleBetween(rules, bands[k].Bottom, bands[k + 1].Top, columns[0].From, columns[^1].To))
            {
                rows.Add(MakeRowRange(start, k + 1, bandColumns));
                start = k + 1;
            }
        }

        rows.Add(MakeRowRange(start, bands.Count, bandColumns));
        return rows;
    }

    /// <summary>
    /// Cuts the run into rows where cells are not separated by space (a word processor's table without padding): a row
    /// starts at each band with text in two or more columns, and a band with text in one column only (a wrapped label
    /// or grade) continues the row above. Cells are taken to be top-aligned.
    /// </summary>
    private static List<Row> SplitRowsByAnchors(List<Band> bands, List<(double From, double To)> columns, int[] bandColumns)
    {
        var rows = new List<Row>();
        var start = 0;
        for (var b = 1; b < bands.Count; b++)
        {
            if (StartsRow(bands[b], columns, System.Numerics.BitOperations.PopCount((uint)bandColumns[b])))
            {
                rows.Add(MakeRowRange(start, b, bandColumns));
                start = b;
            }
        }

        rows.Add(MakeRowRange(start, bands.Count, bandColumns));
        return rows;
    }

    /// <summary>
    /// Whether a band starts a row: it has text in two or more columns, or in one column beginning with a capital or a
    /// digit (a spanning row such as "3. Out-of-court disposals"); a band whose every cell begins in lower case
    /// ("delivery", "improvement") is a wrapped continuation of the row above.
    /// </summary>
    private static bool StartsRow(Band band, List<(double From, double To)> columns, int columnCount)
    {
        var firstByColumn = new Dictionary<int, LayoutWord>();
        foreach (var w in band.Words)
        {
            var c = ColumnFinder.ColumnOf(w, columns);
            if (!firstByColumn.TryGetValue(c, out var f) || w.X0 < f.X0)
            {
                firstByColumn[c] = w;
            }
        }

        var allLower = firstByColumn.Values.All(w => w.Text.Length > 0 && char.IsLower(w.Text[0]));
        if (allLower)
        {
            return false;
        }

        return columnCount >= 2 || firstByColumn.Values.Any(w => w.Text.Length > 0 && (char.IsUpper(w.Text[0]) || char.IsDigit(w.Text[0])));
    }

    /// <summary>Whether some column's cells, over the rows kept, are all short (four words or fewer) and not all empty.</summary>
    private static bool HasShortColumn(List<Row> rows, int first, int last, List<Band> bands, List<(double From, double To)> columns)
    {
        for (var c = 0; c < columns.Count; c++)
        {
            var cells = 0;
            var allShort = true;
            for (var r = first; r <= last && allShort; r++)
            {
                var words = 0;
                for (var b = rows[r].Start; b < rows[r].End; b++)
                {
                    foreach (var w in bands[b].Words)
                    {
                        words += ColumnFinder.ColumnOf(w, columns) == c ? 1 : 0;
                    }
                }

                cells += words > 0 ? 1 : 0;
                allShort = words <= 4;
            }

            if (allShort && cells * 2 >= last - first + 1)
            {
                return true;
            }
        }

        return false;
    }

    private static Row MakeRowRange(int start, int end, int[] bandColumns)
    {
        var mask = 0;
        for (var b = start; b < end; b++)
        {
            mask |= bandColumns[b];
        }

        return new Row(start, end, System.Numerics.BitOperations.PopCount((uint)mask));
    }

    private static bool HasRuleBetween(List<Rule> rules, double above, double below, double left, double right)
    {
        var width = right - left;
        foreach (var r in rules)
        {
            if (r.IsHorizontal && r.Y1 <= above && r.Y2 >= below && Math.Min(r.X2, right) - Math.Max(r.X1, left) > width * 0.3)
            {
                return true;
            }
        }

        return false;
    }

    private static PdfTextBlock MakeRow(List<Band> row, List<(double From, double To)> columns)
    {
        var perColumn = new List<LayoutWord>[columns.Count];
        for (var c = 0; c < perColumn.Length; c++)
        {
            perColumn[c] = [];
        }

        double x0 = double.MaxValue, x1 = double.MinValue, top = double.MinValue, bottom = double.MaxValue, sizeSum = 0, chars = 0, boldChars = 0;
        foreach (var b in row)
        {
            foreach (var w in b.Words)
            {
                perColumn[ColumnFinder.ColumnOf(w, columns)].Add(w);
                x0 = Math.Min(x0, w.X0);
                x1 = Math.Max(x1, w.X1);
                top = Math.Max(top, w.Top);
                bottom = Math.Min(bottom, w.Bottom);
                sizeSum += w.Size * w.Text.Length;
                chars += w.Text.Length;
                boldChars += w.IsBold ? w.Text.Length : 0;
            }
        }

        var cells = new List<string>(columns.Count);
        var lines = new List<string>();
        foreach (var words in perColumn)
        {
            var cellLines = LineBuilder.Build(words).Select(l => l.Text).ToList();
            cells.Add(cellLines.Count == 0 ? string.Empty : BlockText.Join(cellLines));
            lines.AddRange(BlockText.OutputLines(cellLines));
        }

        return new PdfTextBlock
        {
            Kind = PdfBlockKind.TableRow,
            Text = string.Join('\t', cells),
            Cells = cells,
            Lines = lines,
            Bounds = new PdfRectangle(x0, bottom, x1, top),
            FontSize = chars > 0 ? Math.Round(sizeSum / chars, 2) : 0,
            IsBold = boldChars * 2 > chars,
        };
    }

    private readonly record struct Row(int Start, int End, int Columns);
}

/// <summary>Table rows found in a run of bands, and the bands [<paramref name="StartBand"/>, <paramref name="EndBand"/>) they cover.</summary>
/// <param name="Rows">One <see cref="PdfBlockKind.TableRow"/> block per row.</param>
/// <param name="StartBand">The first band of the table within the run.</param>
/// <param name="EndBand">The band after the table's last.</param>
internal sealed record TableResult(List<PdfTextBlock> Rows, int StartBand, int EndBand);
