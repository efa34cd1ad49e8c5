namespace ReportMiner.Pdf.Layout;

/// <summary>
/// Finds column gutters: vertical white-space bands that split several consecutive bands of text, with text on
/// both sides. Reading a gutter-split run column by column is what gets two-column pages (and table columns) right.
/// </summary>
internal static class ColumnFinder
{
    /// <summary>The fewest consecutive bands a gutter must split.</summary>
    private const int MinBands = 3;

    /// <summary>The most gutters a run may have.</summary>
    private const int MaxGutters = 8;

    /// <summary>The longest run examined from one start, which bounds the work on pages of scattered text.</summary>
    private const int MaxRunBands = 400;

    /// <summary>
    /// Tries to start a multi-column run at band <paramref name="start"/>. Returns the end (exclusive) of the run and the
    /// gutters (x intervals, left to right), or null when no gutter persists long enough.
    /// </summary>
    public static (int End, List<(double From, double To)> Gutters)? Find(List<Band> bands, List<(double From, double To)>[] freeByBand, int start, double left, double right, double minGutter, bool lookAhead = true)
    {
        if (start >= bands.Count)
        {
            return null;
        }

        // The gaps shared by the bands so far, narrowed band by band; two lists take turns holding them.
        var free = freeByBand[start];
        List<(double From, double To)> spare = [];
        var end = start + 1;
        while (end < bands.Count && end - start < MaxRunBands)
        {
            var next = Intersect(free, freeByBand[end], minGutter, spare);
            if (!HasInterior(next, left, right))
            {
                break;
            }

            spare = ReferenceEquals(free, freeByBand[start]) ? [] : free;
            free = next;
            end++;
        }

        if (end - start < MinBands)
        {
            return null;
        }

        var gutters = free.Where(g => g.From > left && g.To < right && g.To - g.From >= minGutter).ToList();
        if (gutters.Count > MaxGutters * 2)
        {
            return null;
        }

        var aligned = AlignedStarts(bands, start, end);
        gutters = gutters.Where(g => IsSupported(bands, start, end, g, gutters, aligned)).ToList();
        if (gutters.Count == 0)
        {
            return null;
        }

        // A band with text on one side of every gutter (a paragraph's short last line above a table) does not start the
        // run where the run from the next band finds more columns: its words would hide the gutters they cross.
        var first = bands[start].Words;
        if (lookAhead && !gutters.Exists(g => first.Exists(w => w.X1 <= g.From + 0.01) && first.Exists(w => w.X0 >= g.To - 0.01))
            && Find(bands, freeByBand, start + 1, left, right, minGutter, lookAhead: false) is { } later && later.Gutters.Count > gutters.Count)
        {
            return null;
        }

        // Many "gutters" means scattered words (a chart, garbage), not columns; tables wider than this read as lines.
        if (gutters.Count > MaxGutters)
        {
            return null;
        }

        // Every column needs text in at least two bands, and more than bullets or item numbers.
        var bounds = ColumnBounds(gutters, left, right);
        var bandsWithText = new int[bounds.Count];
        var lastBand = new int[bounds.Count];
        var substantial = new bool[bounds.Count];
        Array.Fill(lastBand, -1);
        for (var b = start; b < end; b++)
        {
            foreach (var w in bands[b].Words)
            {
                var c = ColumnOf(w, bounds);
                if (lastBand[c] != b)
                {
                    lastBand[c] = b;
                    bandsWithText[c]++;
                }

                substantial[c] |= !IsMarker(w.Text);
            }
        }

        for (var c = 0; c < bounds.Count; c++)
        {
            if (bandsWithText[c] < 2 || !substantial[c])
            {
                return null;
            }
        }

        return (end, gutters);
    }

    /// <summary>
    /// Whether a gutter is real rather than a river of justified word spaces: in most bands with text on both
    /// sides, the gap across the gutter must be clearly wider than that band's other word gaps (justification
    /// stretches every space of a line alike; a gutter stands out).
    /// </summary>
    private static bool IsSupported(List<Band> bands, int start, int end, (double From, double To) gutter, List<(double From, double To)> all, List<double> aligned)
    {
        var evidence = 0;
        var support = 0;
        var spans = new List<(double X0, double X1)>();
        for (var b = start; b < end; b++)
        {
            spans.Clear();
            foreach (var w in bands[b].Words)
            {
                spans.Add((w.X0, w.X1));
            }

            spans.Sort();
            double across = -1, widestOther = 0;
            var cursor = double.NegativeInfinity;
            foreach (var (x0, x1) in spans)
            {
                if (cursor > double.NegativeInfinity && x0 > cursor)
                {
                    var containsGutter = cursor <= gutter.From + 0.01 && x0 >= gutter.To - 0.01;
                    if (containsGutter)
                    {
                        across = x0 - cursor;
                    }
                    else if (!all.Exists(g => cursor <= g.From + 0.01 && x0 >= g.To - 0.01) && !IsAligned(aligned, x0))
                    {
                        widestOther = Math.Max(widestOther, x0 - cursor);
                    }
                }

                cursor = Math.Max(cursor, x1);
            }

            if (across < 0)
            {
                continue;
            }

            evidence++;
            if (across > (1.6 * widestOther) + 1)
            {
                support++;
            }
        }

        return support >= 2 && support * 10 >= evidence * 6;
    }

    /// <summary>
    /// The x positions where words start after a gap in a third or more of the run's bands (at least three): the left
    /// edges of table columns. A gap ending at one is a column gap, not a word space, even where another column's
    /// domain rows cross it and so hide it from the gutter search.
    /// </summary>
    private static List<double> AlignedStarts(List<Band> bands, int start, int end)
    {
        var counts = new Dictionary<int, int>();
        var spans = new List<(double X0, double X1, double Size)>();
        var seen = new HashSet<int>();
        for (var b = start; b < end; b++)
        {
            spans.Clear();
            seen.Clear();
            foreach (var w in bands[b].Words)
            {
                spans.Add((w.X0, w.X1, w.Size));
            }

            spans.Sort(static (x, y) => x.X0.CompareTo(y.X0));
            var cursor = double.NegativeInfinity;
            foreach (var (x0, x1, size) in spans)
            {
                // A word that starts a line or follows a gap wider than an em: a candidate column edge.
                if (cursor <= x0 - (1.2 * size) && seen.Add((int)Math.Round(x0)))
                {
                    var key = (int)Math.Round(x0);
                    counts[key] = counts.GetValueOrDefault(key) + 1;
                }

                cursor = Math.Max(cursor, x1);
            }
        }

        var needed = Math.Max(3, (end - start) / 3);
        return counts.Where(kv => kv.Value >= needed).Select(kv => (double)kv.Key).ToList();
    }

    private static bool IsAligned(List<double> aligned, double x0) => aligned.Exists(a => Math.Abs(a - x0) <= 1);

    /// <summary>The x ranges of the columns that <paramref name="gutters"/> make.</summary>
    public static List<(double From, double To)> ColumnBounds(List<(double From, double To)> gutters, double left, double right)
    {
        var cols = new List<(double, double)>(gutters.Count + 1);
        var x = left;
        foreach (var g in gutters)
        {
            cols.Add((x, g.From));
            x = g.To;
        }

        cols.Add((x, right));
        return cols;
    }

    /// <summary>The column index of a word, by its centre.</summary>
    public static int ColumnOf(LayoutWord w, List<(double From, double To)> columns)
    {
        var cx = w.CenterX;
        for (var i = 0; i < columns.Count - 1; i++)
        {
            if (cx < (columns[i].To + columns[i + 1].From) / 2)
            {
                return i;
            }
        }

        return columns.Count - 1;
    }

    private static bool IsMarker(string text) =>
        text.Length <= 3 && !text.Any(char.IsLetter) || (text.Length <= 4 && text.EndsWith('.') && text[..^1].All(char.IsDigit)) || text is "o" or "-";

    private static bool HasInterior(List<(double From, double To)> intervals, double left, double right)
    {
        foreach (var (a, b) in intervals)
        {
            if (a > left && b < right)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The intervals of both <paramref name="a"/> and <paramref name="b"/> at least <paramref name="minWidth"/> wide, written into <paramref name="result"/> (emptied first).</summary>
    private static List<(double From, double To)> Intersect(List<(double From, double To)> a, List<(double From, double To)> b, double minWidth, List<(double From, double To)> result)
    {
        result.Clear();
        int i = 0, j = 0;
        while (i < a.Count && j < b.Count)
        {
            var from = Math.Max(a[i].From, b[j].From);
            var to = Math.Min(a[i].To, b[j].To);
            if (to - from >= minWidth)
            {
                result.Add((from, to));
            }

            if (a[i].To < b[j].To)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return result;
    }
}
