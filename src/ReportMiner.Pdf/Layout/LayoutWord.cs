namespace ReportMiner.Pdf.Layout;

/// <summary>A word: glyphs that touch on one baseline. Coordinates in display space (y up).</summary>
internal sealed class LayoutWord
{
    /// <summary>Creates a word.</summary>
    public LayoutWord(string text, double x0, double x1, double baseline, double size, bool bold)
    {
        Text = text;
        X0 = x0;
        X1 = Math.Max(x1, x0);
        Baseline = baseline;
        Size = size;
        IsBold = bold;
    }

    /// <summary>The text.</summary>
    public string Text { get; }

    /// <summary>Left edge.</summary>
    public double X0 { get; }

    /// <summary>Right edge (end of the last glyph's advance).</summary>
    public double X1 { get; }

    /// <summary>The baseline's y.</summary>
    public double Baseline { get; }

    /// <summary>The font size.</summary>
    public double Size { get; }

    /// <summary>Whether the word's font is bold.</summary>
    public bool IsBold { get; }

    /// <summary>The top of the word's box (an approximate ascent; font programs are not read).</summary>
    public double Top => Baseline + (0.75 * Size);

    /// <summary>The bottom of the word's box (an approximate descent).</summary>
    public double Bottom => Baseline - (0.22 * Size);

    /// <summary>The horizontal centre.</summary>
    public double CenterX => (X0 + X1) / 2;
}
