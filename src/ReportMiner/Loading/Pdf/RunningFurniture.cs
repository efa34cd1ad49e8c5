using System.Text;
using System.Text.RegularExpressions;
using ReportMiner.Pdf;

namespace ReportMiner.Loading.Pdf;

/// <summary>
/// Decides, across a whole document, which of the lines a page's layout set apart in its top or bottom margin are
/// running headers and footers. Layout sees one page, so the last lines of a paragraph that runs to the foot of a
/// page, below a heading's gap, look like a footer there. A margin line stays furniture when it is a page number,
/// when it carries the page's number at one end ("… report: Holy Trinity, 17–18 March 2011   1 of 1"), when it is set smaller than the body text, or when the same words (numbers aside) stand in a margin of another
/// page; a line in body type that no other page repeats is body text.
/// </summary>
internal sealed partial class RunningFurniture
{
    private readonly Dictionary<string, int> _marginPages = new(StringComparer.Ordinal);
    private readonly double _bodySize;

    private RunningFurniture(IReadOnlyList<PdfPageText> pages)
    {
        var sizes = new Dictionary<double, int>();
        foreach (var page in pages)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var block in page.Blocks)
            {
                if (IsMargin(block.Kind) && Key(block.Text) is var key && seen.Add(key))
                {
                    _marginPages[key] = _marginPages.GetValueOrDefault(key) + 1;
                }
                else if (block.Kind == PdfBlockKind.Paragraph && block.FontSize > 0)
                {
                    sizes[block.FontSize] = sizes.GetValueOrDefault(block.FontSize) + block.Text.Length;
                }
            }
        }

        _bodySize = sizes.Count == 0 ? 0 : sizes.MaxBy(s => s.Value).Key;
    }

    /// <summary>Reads the margins of <paramref name="pages"/> (the whole document).</summary>
    public static RunningFurniture Of(IReadOnlyList<PdfPageText> pages) => new(pages);

    /// <summary>Whether <paramref name="block"/>, which page layout set apart as a header, footer or page number, is one.</summary>
    public bool IsFurniture(PdfTextBlock block)
    {
        ArgumentNullException.ThrowIfNull(block);
        return block.Kind == PdfBlockKind.PageNumber
            || PageNumberAtEdge().IsMatch(block.Text)
            || _bodySize <= 0
            || block.FontSize < _bodySize * 0.95
            || _marginPages.GetValueOrDefault(Key(block.Text)) > 1;
    }

    /// <summary>Whether layout set <paramref name="kind"/> apart from the body as page furniture.</summary>
    public static bool IsMargin(PdfBlockKind kind) => kind is PdfBlockKind.Header or PdfBlockKind.Footer or PdfBlockKind.PageNumber;

    /// <summary>The words of a margin line with numbers and spacing folded, so "Page 3" and "Page 4" agree.</summary>
    private static string Key(string text)
    {
        var key = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsDigit(c))
            {
                if (key.Length == 0 || key[^1] != '#')
                {
                    key.Append('#');
                }

                space = false;
            }
            else if (char.IsWhiteSpace(c))
            {
                space = key.Length > 0;
            }
            else
            {
                if (space)
                {
                    key.Append(' ');
                    space = false;
                }

                key.Append(char.ToLowerInvariant(c));
            }
        }

        return key.ToString();
    }

    /// <summary>A page number at the start or end of a line: "Page 3", "3 of 12", "7/40".</summary>
    [GeneratedRegex(@"(?:^|\s)(?:page\s+)?\d{1,4}\s*(?:of|/)\s*\d{1,4}\s*$|^\s*page\s+\d{1,4}\b", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumberAtEdge();
}
