using ReportMiner.Documents;

namespace ReportMiner.Extraction.Quotes;

/// <summary>
/// Finds quotations in a document's blocks: text between curly or straight double quotation marks, a
/// quotation whose paragraph ends open and whose next paragraph opens again (one quotation over several
/// paragraphs), and block quotations with no marks at all.
/// </summary>
internal static class QuotationScanner
{
    /// <summary>A quotation: its paragraphs' texts and where it opens and closes.</summary>
    internal sealed record Quotation(
        IReadOnlyList<string> Paragraphs,
        int FirstBlock,
        int LastBlock,
        int OpenOffset,
        int CloseOffset,
        bool WholeBlock);

    public static IReadOnlyList<Quotation> Scan(ReportDocument document)
    {
        var result = new List<Quotation>();
        var blocks = document.Blocks;
        for (var b = 0; b < blocks.Count; b++)
        {
            var block = blocks[b];
            if (block.Kind is BlockKind.Furniture or BlockKind.TableRow or BlockKind.Heading)
            {
                continue;
            }

            if (block.Kind == BlockKind.Quotation && !HasMarks(block.Text))
            {
                result.Add(new Quotation([block.Text.Trim()], b, b, 0, block.Text.Length, WholeBlock: true));
                continue;
            }

            var text = block.Text;
            var i = 0;
            while (i < text.Length)
            {
                var open = FindOpening(text, i);
                if (open < 0)
                {
                    break;
                }

                var close = FindClosing(text, open + 1, text[open]);
                if (close >= 0)
                {
                    var whole = open <= LeadingSpace(text) && close >= text.TrimEnd().Length - 2;
                    result.Add(new Quotation([text[(open + 1)..close]], b, b, open, close, whole));
                    i = close + 1;
                    continue;
                }

                // Open to the end of the paragraph: continues where the next paragraph opens again.
                var paragraphs = new List<string> { text[(open + 1)..].TrimEnd() };
                var last = b;
                var closeOffset = text.Length;
                while (last + 1 < blocks.Count && StartsWithOpening(blocks[last + 1].Text))
                {
                    last++;
                    var next = blocks[last].Text;
                    var start = LeadingSpace(next) + 1;
                    var nextClose = FindClosing(next, start, next[start - 1]);
                    if (nextClose >= 0)
                    {
                        paragraphs.Add(next[start..nextClose]);
                        closeOffset = nextClose;
                        break;
                    }

                    paragraphs.Add(next[start..].TrimEnd());
                    closeOffset = next.Length;
                }

                result.Add(new Quotation(paragraphs, b, last, open, closeOffset, open <= LeadingSpace(text)));
                b = last;
                break;
            }
        }

        return result;
    }

    private static bool HasMarks(string text) => text.IndexOfAny(['“', '”', '"']) >= 0;

    private static int LeadingSpace(string text)
    {
        var i = 0;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    private static bool StartsWithOpening(string text)
    {
        var i = LeadingSpace(text);
        return i < text.Length && (text[i] == '“' || text[i] == '"');
    }

    private static int FindOpening(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '“' || c == '„')
            {
                return i;
            }

            if (c == '"' && (i == 0 || char.IsWhiteSpace(text[i - 1]) || "([:—–-‘".Contains(text[i - 1], StringComparison.Ordinal)))
            {
                return i;
            }
        }

        return -1;
    }

    private static int FindClosing(string text, int from, char opening)
    {
        for (var i = from; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '”' || (c == '"' && (opening == '"' || opening == '“') && (i + 1 == text.Length || !char.IsLetterOrDigit(text[i + 1]))))
            {
                return i;
            }

            if (c == '“' && opening == '“')
            {
                // A new opening before a close: the first was never closed in this paragraph.
                return -1;
            }
        }

        return -1;
    }
}
