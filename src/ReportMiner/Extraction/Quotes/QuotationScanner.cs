using System.Text.RegularExpressions;
using ReportMiner.Documents;

namespace ReportMiner.Extraction.Quotes;

/// <summary>
/// Finds quotations in a document's blocks: text between curly or straight double quotation marks, a
/// quotation whose paragraph ends open and whose next paragraph opens again (one quotation over several
/// paragraphs), and block quotations with no marks at all.
/// </summary>
internal static partial class QuotationScanner
{
    /// <summary>
    /// A quotation: its paragraphs' texts and where it opens and closes, and where a speech verb interrupted it
    /// (“Without enough staff,” he added, “it is inevitable …”), the interruption's offsets in its block.
    /// </summary>
    internal sealed record Quotation(
        IReadOnlyList<string> Paragraphs,
        int FirstBlock,
        int LastBlock,
        int OpenOffset,
        int CloseOffset,
        bool WholeBlock)
    {
        /// <summary>Where the words that interrupted the quotation start and end in its first block; null where none did.</summary>
        public (int Start, int End)? Interruption { get; init; }
    }

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
                var quoted = close >= 0 ? text[(open + 1)..close] : text[(open + 1)..].TrimEnd();
                (int, int)? interruption = null;
                while (close >= 0 && Interrupted(text, open, close) is { } resumedOpen)
                {
                    // “Without enough staff,” he added, “it is inevitable …”: one quotation, the speech verb inside
                    // (and the rest may run on into the next paragraphs).
                    interruption ??= (close + 1, resumedOpen);
                    var resumedClose = FindClosing(text, resumedOpen + 1, text[resumedOpen]);
                    quoted += " " + (resumedClose >= 0 ? text[(resumedOpen + 1)..resumedClose] : text[(resumedOpen + 1)..].TrimEnd());
                    close = resumedClose;
                }

                if (close >= 0)
                {
                    var whole = open <= LeadingSpace(text) && close >= text.TrimEnd().Length - 2;
                    result.Add(new Quotation([quoted], b, b, open, close, whole) { Interruption = interruption });
                    i = close + 1;
                    continue;
                }

                // Open to the end of the paragraph: continues where the next paragraph opens again.
                var paragraphs = new List<string> { quoted };
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

                result.Add(new Quotation(paragraphs, b, last, open, closeOffset, open <= LeadingSpace(text)) { Interruption = interruption });
                b = last;
                break;
            }
        }

        return result;
    }

    /// <summary>
    /// Where the quotation closing at <paramref name="close"/> opens again after a speech verb (the offset of the opening
    /// mark): it closed on a comma or a dash, a short attribution follows ("he added,", "said Ms Patel,"), and the next
    /// quotation opens in lower case. Null where it does not go on.
    /// </summary>
    private static int? Interrupted(string text, int open, int close)
    {
        if (close - 1 <= open || text[close - 1] is not (',' or '—' or '–' or '-'))
        {
            return null;
        }

        var between = SpeechVerbBetween().Match(text, close + 1);
        var next = between.Index + between.Length - 1;
        return between.Success && next + 1 < text.Length && char.IsLower(text[next + 1]) ? next : null;
    }

    /// <summary>A short attribution between two parts of one quotation, up to the next opening mark.</summary>
    [GeneratedRegex(@"\G\s*[^.“”""!?]{0,60}?\b(?:said|says|added|adds|continued|continues|went\s+on|explained|explains|warned|warns|noted|notes|told\s+\w+)\b[^.“”""!?]{0,60}?[,:—–]\s*[“""]")]
    private static partial Regex SpeechVerbBetween();

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
