namespace ReportMiner.Pdf.Layout;

/// <summary>A line: words on one baseline within one column, left to right.</summary>
internal sealed class LayoutLine
{
    /// <summary>Creates a line from words already sorted left to right.</summary>
    public LayoutLine(List<LayoutWord> words)
    {
        Words = words;
        X0 = double.MaxValue;
        X1 = double.MinValue;
        double sizeSum = 0, baseSum = 0, boldChars = 0, chars = 0;
        foreach (var w in words)
        {
            X0 = Math.Min(X0, w.X0);
            X1 = Math.Max(X1, w.X1);
            sizeSum += w.Size * w.Text.Length;
            baseSum += w.Baseline * w.Text.Length;
            chars += w.Text.Length;
            if (w.IsBold)
            {
                boldChars += w.Text.Length;
            }
        }

        Size = chars > 0 ? sizeSum / chars : words[0].Size;
        Baseline = chars > 0 ? baseSum / chars : words[0].Baseline;
        IsBold = boldChars * 2 > chars;
        Text = JoinWords(words);
    }

    /// <summary>The words.</summary>
    public List<LayoutWord> Words { get; }

    /// <summary>The words joined by single spaces.</summary>
    public string Text { get; }

    /// <summary>Left edge.</summary>
    public double X0 { get; }

    /// <summary>Right edge.</summary>
    public double X1 { get; }

    /// <summary>The (character-weighted) baseline.</summary>
    public double Baseline { get; }

    /// <summary>The (character-weighted) font size.</summary>
    public double Size { get; }

    /// <summary>Whether most characters are bold.</summary>
    public bool IsBold { get; }

    /// <summary>Approximate top.</summary>
    public double Top => Baseline + (0.75 * Size);

    /// <summary>Approximate bottom.</summary>
    public double Bottom => Baseline - (0.22 * Size);

    /// <summary>The words' texts joined by single spaces, written straight into a string of the final length.</summary>
    private static string JoinWords(List<LayoutWord> words)
    {
        if (words.Count == 0)
        {
            return string.Empty;
        }

        var length = words.Count - 1;
        foreach (var w in words)
        {
            length += w.Text.Length;
        }

        return string.Create(length, words, static (chars, words) =>
        {
            var at = 0;
            foreach (var w in words)
            {
                if (at > 0)
                {
                    chars[at++] = ' ';
                }

                w.Text.CopyTo(chars[at..]);
                at += w.Text.Length;
            }
        });
    }
}

/// <summary>Groups words into lines: words whose baselines agree within a fraction of the font size, sorted left to right.</summary>
internal static class LineBuilder
{
    /// <summary>Builds lines top to bottom.</summary>
    public static List<LayoutLine> Build(List<LayoutWord> words)
    {
        var lines = new List<LayoutLine>();
        if (words.Count == 0)
        {
            return lines;
        }

        var sorted = new List<LayoutWord>(words);
        WordSort.Descending(sorted, static w => w.Baseline);

        // A line is a run of the sorted words whose baselines agree with its first word's.
        var start = 0;
        var lineBase = sorted[0].Baseline;
        var lineSize = sorted[0].Size;
        for (var i = 1; i < sorted.Count; i++)
        {
            var w = sorted[i];
            if (Math.Abs(lineBase - w.Baseline) <= 0.45 * Math.Min(lineSize, w.Size))
            {
                continue;
            }

            lines.Add(Finish(sorted.GetRange(start, i - start)));
            start = i;
            lineBase = w.Baseline;
            lineSize = w.Size;
        }

        lines.Add(Finish(sorted.GetRange(start, sorted.Count - start)));
        return lines;
    }

    private static LayoutLine Finish(List<LayoutWord> words)
    {
        WordSort.Ascending(words, static w => w.X0);
        RemoveOverprints(words);
        return new LayoutLine(words);
    }

    /// <summary>
    /// Drops words drawn twice at (almost) the same place, as "fake bold" and shadow effects do, so that their
    /// text is not doubled.
    /// </summary>
    private static void RemoveOverprints(List<LayoutWord> words)
    {
        var kept = 0;
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i];
            var duplicate = false;
            for (var k = kept - 1; k >= 0 && k >= kept - 3; k--)
            {
                var o = words[k];
                if (o.Text == w.Text && Math.Abs(o.X0 - w.X0) < 0.3 * w.Size && Math.Abs(o.Baseline - w.Baseline) < 0.3 * w.Size)
                {
                    duplicate = true;
                    break;
                }
            }

            if (!duplicate)
            {
                words[kept++] = w;
            }
        }

        words.RemoveRange(kept, words.Count - kept);
    }
}
