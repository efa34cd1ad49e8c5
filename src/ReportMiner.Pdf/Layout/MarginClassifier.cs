using System.Text.RegularExpressions;

namespace ReportMiner.Pdf.Layout;

/// <summary>
/// Separates running headers, footers and page numbers from the body: up to three bands in the top (bottom)
/// margin zone, set apart from the body by a clear gap and in a font no larger than the body's.
/// </summary>
internal static partial class MarginClassifier
{
    /// <summary>The share of the page height, at the top and at the bottom, where headers and footers live.</summary>
    private const double Zone = 0.13;

    /// <summary>Splits <paramref name="bands"/> (top to bottom) into header blocks, body bands and footer blocks.</summary>
    public static (List<PdfTextBlock> Headers, List<Band> Body, List<PdfTextBlock> Footers) Split(List<Band> bands, double pageHeight, PageStatistics stats)
    {
        var headerCount = CountMargin(bands, pageHeight, stats, top: true);
        var footerCount = CountMargin(bands, pageHeight, stats, top: false);
        if (headerCount + footerCount > bands.Count)
        {
            footerCount = bands.Count - headerCount;
        }

        var headers = new List<PdfTextBlock>();
        for (var i = 0; i < headerCount; i++)
        {
            AddBlocks(bands[i], PdfBlockKind.Header, headers);
        }

        var footers = new List<PdfTextBlock>();
        for (var i = bands.Count - footerCount; i < bands.Count; i++)
        {
            AddBlocks(bands[i], PdfBlockKind.Footer, footers);
        }

        return (headers, bands.GetRange(headerCount, bands.Count - headerCount - footerCount), footers);
    }

    /// <summary>Whether <paramref name="text"/> is a page number ("7", "Page 7", "Page 7 of 40", "7 of 40", "- 7 -").</summary>
    public static bool IsPageNumber(string text) => PageNumberPattern().IsMatch(text.Trim());

    private static int CountMargin(List<Band> bands, double pageHeight, PageStatistics stats, bool top)
    {
        // The smallest count k ≤ 3 of margin bands followed by a clear gap wins: a one-line header above a
        // body whose first paragraph also sits high on the page must not swallow that paragraph.
        for (var k = 1; k <= Math.Min(3, bands.Count - 1); k++)
        {
            var ok = true;
            for (var i = 0; i < k && ok; i++)
            {
                var band = top ? bands[i] : bands[^(i + 1)];
                var inZone = top ? band.Bottom >= pageHeight * (1 - Zone) : band.Top <= pageHeight * Zone;
                ok = inZone && band.MaxSize <= stats.BodySize * 1.1;
            }

            if (!ok)
            {
                return 0;
            }

            var last = top ? bands[k - 1] : bands[^k];
            var next = top ? bands[k] : bands[^(k + 1)];
            var gap = top ? last.Bottom - next.Top : next.Bottom - last.Top;
            if (gap >= 1.0 * Math.Max(last.MaxSize, stats.BodySize * 0.8))
            {
                return k;
            }
        }

        return 0;
    }

    private static void AddBlocks(Band band, PdfBlockKind kind, List<PdfTextBlock> output)
    {
        // A margin line often holds several pieces (title at left, page number at right): each is its own block.
        foreach (var line in LineBuilder.Build(band.Words))
        {
            var piece = new List<LayoutWord>();
            foreach (var w in line.Words)
            {
                if (piece.Count > 0 && w.X0 - piece[^1].X1 > 2 * w.Size)
                {
                    output.Add(Make(piece, kind));
                    piece = [];
                }

                piece.Add(w);
            }

            if (piece.Count > 0)
            {
                output.Add(Make(piece, kind));
            }
        }
    }

    private static PdfTextBlock Make(List<LayoutWord> words, PdfBlockKind kind)
    {
        var line = new LayoutLine(words);
        return new PdfTextBlock
        {
            Kind = IsPageNumber(line.Text) ? PdfBlockKind.PageNumber : kind,
            Text = line.Text,
            Lines = [line.Text],
            Bounds = new PdfRectangle(line.X0, line.Bottom, line.X1, line.Top),
            FontSize = Math.Round(line.Size, 2),
            IsBold = line.IsBold,
        };
    }

    [GeneratedRegex(@"^(?:(?:page|p\.)\s*)?[-–]?\s*\d{1,4}\s*[-–]?(?:\s*(?:of|/)\s*\d{1,4})?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PageNumberPattern();
}
