using System.Buffers;

namespace ReportMiner.Pdf.Layout;

/// <summary>
/// A horizontal band: words whose core boxes (baseline −0.1 em to +0.6 em, tight enough that ordinary leading
/// separates lines) overlap vertically, transitively. On a page with columns a band spans all of them.
/// </summary>
internal sealed class Band
{
    private Band(List<LayoutWord> words, double top, double bottom)
    {
        Words = words;
        Top = top;
        Bottom = bottom;
    }

    /// <summary>The words, in no particular order.</summary>
    public List<LayoutWord> Words { get; }

    /// <summary>Top of the core boxes.</summary>
    public double Top { get; }

    /// <summary>Bottom of the core boxes.</summary>
    public double Bottom { get; }

    /// <summary>The largest baseline in the band.</summary>
    public double FirstBaseline => Words.Max(w => w.Baseline);

    /// <summary>The largest font size in the band.</summary>
    public double MaxSize => Words.Max(w => w.Size);

    /// <summary>Splits words into bands, top to bottom.</summary>
    public static List<Band> Split(List<LayoutWord> words)
    {
        var sorted = new List<LayoutWord>(words);
        WordSort.Descending(sorted, CoreTop);

        // Top to bottom, a band is a run of words each reaching above the lowest core bottom so far; each band's list
        // is made at its final size.
        var bands = new List<Band>();
        var start = 0;
        while (start < sorted.Count)
        {
            var top = CoreTop(sorted[start]);
            var bottom = CoreBottom(sorted[start]);
            var end = start + 1;
            while (end < sorted.Count && CoreTop(sorted[end]) > bottom)
            {
                bottom = Math.Min(bottom, CoreBottom(sorted[end]));
                end++;
            }

            bands.Add(new Band(sorted.GetRange(start, end - start), top, bottom));
            start = end;
        }

        return bands;
    }

    /// <summary>All words of <paramref name="bands"/>.</summary>
    public static List<LayoutWord> WordsOf(List<Band> bands)
    {
        var count = 0;
        foreach (var b in bands)
        {
            count += b.Words.Count;
        }

        var list = new List<LayoutWord>(count);
        foreach (var b in bands)
        {
            list.AddRange(b.Words);
        }

        return list;
    }

    /// <summary>
    /// The horizontal intervals of [<paramref name="left"/>, <paramref name="right"/>] that no word of the band covers and
    /// that are at least <paramref name="minWidth"/> wide, in order. (Narrower gaps, the spaces between words, cannot
    /// hold a gutter: an interval shared with other bands is no wider than this band's own.)
    /// </summary>
    public List<(double From, double To)> FreeIntervals(double left, double right, double minWidth)
    {
        var buffer = ArrayPool<(double, double)>.Shared.Rent(Words.Count);
        try
        {
            var spans = buffer.AsSpan(0, Words.Count);
            for (var i = 0; i < spans.Length; i++)
            {
                spans[i] = (Words[i].X0, Words[i].X1);
            }

            spans.Sort();
            var free = new List<(double, double)>();
            var cursor = left;
            foreach (var (a, b) in spans)
            {
                if (a > cursor && a - cursor >= minWidth)
                {
                    free.Add((cursor, a));
                }

                cursor = Math.Max(cursor, b);
            }

            if (cursor < right && right - cursor >= minWidth)
            {
                free.Add((cursor, right));
            }

            return free;
        }
        finally
        {
            ArrayPool<(double, double)>.Shared.Return(buffer);
        }
    }

    private static double CoreTop(LayoutWord w) => w.Baseline + (0.6 * w.Size);

    private static double CoreBottom(LayoutWord w) => w.Baseline - (0.1 * w.Size);
}
