using System.Runtime.InteropServices;
using System.Text;
using ReportMiner.Pdf.Content;

namespace ReportMiner.Pdf.Layout;

/// <summary>
/// Groups glyphs, in drawing order, into words: a glyph continues the current word when it sits on the same
/// baseline and starts within a small fraction of an em of the previous glyph's visual end (which excludes Tc/Tw,
/// so gaps made by spacing still separate words). Space glyphs always end a word.
/// </summary>
internal static class WordBuilder
{
    /// <summary>The largest gap, in ems, still read as inside a word (kerning and tracking stay below it).</summary>
    private const double WordBreakGap = 0.12;

    /// <summary>The smallest displacement, in ems, of a space glyph that still separates words.</summary>
    private const double SpaceMinimum = 0.08;

    /// <summary>Builds the words of the glyphs whose direction is <paramref name="direction"/>, rotated upright.</summary>
    public static List<LayoutWord> Build(List<TextGlyph> glyphs, int direction, double pageWidth, double pageHeight)
    {
        var words = new List<LayoutWord>(glyphs.Count / 4);
        var sb = new StringBuilder(32);
        double x0 = 0, x1 = 0, baseline = 0, size = 0;
        var bold = false;
        var open = false;
        foreach (ref readonly var g in CollectionsMarshal.AsSpan(glyphs))
        {
            if (g.Direction != direction)
            {
                continue;
            }

            if (string.IsNullOrWhiteSpace(g.Text))
            {
                // A space ends the word unless spacing has shrunk it to nothing (justifiers set Tw below zero to
                // tighten a line); then the glyphs on either side still touch and are read as one word.
                if (g.Width + g.Spacing >= SpaceMinimum * g.FontSize)
                {
                    Flush();
                }

                continue;
            }

            var (x, y, w) = Upright(g, direction, pageWidth, pageHeight);
            if (open)
            {
                var minSize = Math.Min(size, g.FontSize);
                var gap = x - x1;
                if (Math.Abs(y - baseline) <= 0.4 * minSize && gap < WordBreakGap * minSize && gap > -0.5 * minSize)
                {
                    sb.Append(g.Text);
                    x1 = Math.Max(x1, x + w);
                    if (g.FontSize > size)
                    {
                        size = g.FontSize;
                        baseline = y;
                    }

                    continue;
                }

                Flush();
            }

            open = true;
            sb.Append(g.Text);
            x0 = x;
            x1 = x + w;
            baseline = y;
            size = g.FontSize;
            bold = g.Font.Style.IsBold;
        }

        Flush();
        return words;

        void Flush()
        {
            if (!open)
            {
                return;
            }

            words.Add(new LayoutWord(sb.ToString(), x0, x1, baseline, size, bold));
            sb.Clear();
            open = false;
        }
    }

    /// <summary>The glyph's origin and advance in a frame where its direction reads left to right.</summary>
    private static (double X, double Y, double W) Upright(in TextGlyph g, int direction, double width, double height) => direction switch
    {
        1 => (g.Y, width - g.X, g.Width),
        2 => (width - g.X, height - g.Y, g.Width),
        3 => (height - g.Y, g.X, g.Width),
        _ => (g.X, g.Y, g.Width),
    };
}
