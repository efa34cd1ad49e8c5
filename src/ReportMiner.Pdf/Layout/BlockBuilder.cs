using System.Text.RegularExpressions;

namespace ReportMiner.Pdf.Layout;

/// <summary>
/// Splits the lines of one column (top to bottom) into paragraphs, headings and list items: a new block starts at
/// a vertical gap wider than the block's own line pitch, a change of font size or weight, or a bullet/number.
/// </summary>
internal static partial class BlockBuilder
{
    /// <summary>Appends the blocks made of <paramref name="lines"/> to <paramref name="output"/>.</summary>
    public static void Build(List<LayoutLine> lines, PageStatistics stats, List<PdfTextBlock> output)
    {
        var current = new List<LayoutLine>();
        double pitch = 0;
        foreach (var line in lines)
        {
            if (current.Count > 0 && StartsNewBlock(current, line, pitch))
            {
                output.Add(Make(current, stats));
                current = [];
                pitch = 0;
            }

            if (current.Count > 0)
            {
                var p = current[^1].Baseline - line.Baseline;
                pitch = pitch == 0 ? p : Math.Min(pitch, p);
            }

            current.Add(line);
        }

        if (current.Count > 0)
        {
            output.Add(Make(current, stats));
        }
    }

    /// <summary>Whether <paramref name="text"/> starts like a list item (bullet, or "1." / "(a)" numbering).</summary>
    public static bool StartsListItem(string text) => ListStart().IsMatch(text);

    private static bool StartsNewBlock(List<LayoutLine> block, LayoutLine line, double pitch)
    {
        var prev = block[^1];
        var size = Math.Min(prev.Size, line.Size);
        var distance = prev.Baseline - line.Baseline;
        if (distance <= 0)
        {
            return true;
        }

        if (Math.Abs(prev.Size - line.Size) > 0.12 * Math.Max(prev.Size, line.Size) || prev.IsBold != line.IsBold)
        {
            return true;
        }

        if (StartsListItem(line.Text))
        {
            return true;
        }

        // With an established pitch, a noticeably wider one is a paragraph gap; otherwise compare with the font size.
        return pitch > 0 ? distance > (pitch * 1.3) + 0.5 : distance > size * 1.75;
    }

    private static PdfTextBlock Make(List<LayoutLine> lines, PageStatistics stats)
    {
        var texts = new List<string>(lines.Count);
        double x0 = double.MaxValue, x1 = double.MinValue, sizeSum = 0, chars = 0, boldChars = 0;
        foreach (var l in lines)
        {
            texts.Add(l.Text);
            x0 = Math.Min(x0, l.X0);
            x1 = Math.Max(x1, l.X1);
            sizeSum += l.Size * l.Text.Length;
            chars += l.Text.Length;
            if (l.IsBold)
            {
                boldChars += l.Text.Length;
            }
        }

        var size = chars > 0 ? sizeSum / chars : lines[0].Size;
        var bold = boldChars * 2 > chars;
        var text = BlockText.Join(texts);
        var kind = PdfBlockKind.Paragraph;
        var level = 0;
        var headingLike = lines.Count <= 3 && text.Length <= 200 && IsHeading(text, size, bold, stats);

        // A numbered title ("4. Assessment") in a heading font is a heading; a bullet always makes a list item.
        if (StartsListItem(text) && !(headingLike && char.IsDigit(text[0]) && text.Length <= 100))
        {
            kind = PdfBlockKind.ListItem;
        }
        else if (headingLike)
        {
            kind = PdfBlockKind.Heading;
            var ratio = size / stats.BodySize;
            level = ratio >= 1.6 ? 1 : ratio >= 1.25 ? 2 : 3;
        }

        return new PdfTextBlock
        {
            Kind = kind,
            Text = text,
            Lines = BlockText.OutputLines(texts),
            Bounds = new PdfRectangle(x0, lines[^1].Bottom, x1, lines[0].Top),
            FontSize = Math.Round(size, 2),
            IsBold = bold,
            HeadingLevel = level,
        };
    }

    private static bool IsHeading(string text, double size, bool bold, PageStatistics stats)
    {
        if (!text.Any(char.IsLetter))
        {
            return false;
        }

        if (size >= stats.BodySize * 1.15)
        {
            return true;
        }

        // Bold body-size text counts when the body itself is not bold and the block reads like a title.
        return bold && !stats.BodyIsBold && size >= stats.BodySize * 0.95 && text.Length <= 120 && !text.EndsWith('.');
    }

    [GeneratedRegex(@"^(?:[•·▪◦●○■□➢►‣⁃\u2013\-\*](?:\s|$)|\(?[0-9]{1,2}[.)](?:\s|$)|\(?[a-z][.)]\s|\([ivx]{1,4}\)\s)", RegexOptions.CultureInvariant)]
    private static partial Regex ListStart();
}
