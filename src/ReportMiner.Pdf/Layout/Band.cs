namespace ReportMiner.Pdf.Layout;

/// <summary>
/// A horizontal band: words whose core boxes (baseline −0.1 em to +0.6 em, tight enough that ordinary leading
/// separates lines) overlap vertically, transitively. On a page with columns a band spans all of them.
/// </summary>
internal sealed class Band
{
    private Band(LayoutWord first)
    {
        Words = [first];
        Top = CoreTop(first);
        Bottom = CoreBottom(first);
    }

    /// <summary>The words, in no particular order.</summary>
    public List<LayoutWord> Words { get; }

    /// <summary>Top of the core boxes.</summary>
    public double Top { get; private set; }

    /// <summary>Bottom of the core boxes.</summary>
    public double Bottom { get; private set; }

    /// <summary>The largest baseline in the band.</summary>
    public double FirstBaseline => Words.Max(w => w.Baseline);

    /// <summary>The largest font size in the band.</summary>
    public double MaxSize => Words.Max(w => w.Size);

    /// <summary>Splits words into bands, top to bottom.</summary>
    public static List<Band> Split(List<LayoutWord> words)
    {
        var sorted = new List<LayoutWord>(words);
        WordSort.Descending(sorted, CoreTop);
        var bands = new List<Band>();
        Band? current = null;
        foreach (var w in sorted)
        {
            if (current is not null && CoreTop(w) > current.Bottom)
            {
                current.Words.Add(w);
                current.Bottom = Math.Min(current.Bottom, CoreBottom(w));
                continue;
            }

            current = new Band(w);
            bands.Add(current);
        }

        return bands;
    }

    /// <summary>All words of <paramref name="bands"/>.</summary>
    public static List<LayoutWord> WordsOf(IEnumerable<Band> bands)
    {
        var list = new List<LayoutWord>();
        foreach (var b in bands)
        {
            list.AddRange(b.Words);
        }

        return list;
    }

    /// <summary>
    /// The horizontal intervals of [<paramref name="left"/>, <paramref name="right"/>] that no word of the band covers,
    /// in order.
    /// </summary>
    public List<(double From, double To)> FreeIntervals(double left, double right)
    {
        var spans = new List<(double, double)>(Words.Count);
        foreach (var w in Words)
        {
            spans.Add((w.X0, w.X1));
        }

        spans.Sort();
        var free = new List<(double, double)>();
        var cursor = left;
        foreach (var (a, b) in spans)
        {
            if (a > cursor)
            {
                free.Add((cursor, a));
            }

            cursor = Math.Max(cursor, b);
        }

        if (cursor < right)
        {
            free.Add((cursor, right));
        }

        return free;
    }

    private static double CoreTop(LayoutWord w) => w.Baseline + (0.6 * w.Size);

    private static double CoreBottom(LayoutWord w) => w.Baseline - (0.1 * w.Size);
}
