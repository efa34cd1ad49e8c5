using System.Text.RegularExpressions;
using ReportMiner.Documents;

namespace ReportMiner.Loading.Text;

/// <summary>
/// Splits plain text into blocks without altering it. Blank lines separate chunks; inside a chunk a list marker
/// starts a new block, and so does a new line in text that is not hard-wrapped (one paragraph per line). Form
/// feeds are page breaks, as <c>pdftotext</c> writes them. Lines such as "Page 4 of 36" are page furniture.
/// </summary>
internal static partial class TextBlockSplitter
{
    private const int HeadingMaxLength = 90;

    /// <summary>Splits <paramref name="text"/> into blocks whose spans index into it.</summary>
    public static IReadOnlyList<Block> Split(string text)
    {
        var lines = ReadLines(text);
        var hardWrapped = IsHardWrapped(lines);
        var maxLength = MaxLength(lines);
        var blocks = new List<Block>();
        var current = new List<Line>();
        var previousTableLine = false;

        void Flush()
        {
            if (current.Count > 0)
            {
                blocks.Add(MakeBlock(text, current));
                current.Clear();
            }
        }

        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.IsBlank)
            {
                Flush();
                continue;
            }

            var previous = current.Count > 0 ? current[^1] : null;

            // A line laid out in columns ("1.1 Governance and leadership    2.1 Assessment") is a row of its own.
            var tableLine = IsTableLine(line.Content(text));

            // "Does assessment sufficiently analyse how to support the child's" / "desistance?      86%": a question
            // wrapped in its table cell stays one row with its share.
            var questionRest = previous is not null && current.Count == 1 && WrappedQuestion().IsMatch(previous.Content(text))
                && QuestionShare().IsMatch(line.Content(text));

            // "Tower Hamlets and City of London    Jul 2022    8/36    Requires" / "Youth Justice Service    improvement":
            // words wrapped within their cells, under the columns of the row above, belong to that row.
            var wrappedCells = previousTableLine && previous is not null && line.Page == previous.Page && IsWrappedCellLine(text, current[0], line);
            // A paragraph hard-wrapped in text that is otherwise a paragraph a line (a boxed case study, an e-mail quoted):
            // a line that does not end its sentence, followed by one that begins in lower case, runs on.
            var runsOn = previous is not null && !tableLine && !previousTableLine && line.Page == previous.Page && previous.Length >= 40
                && !EndsSentence(previous.Content(text)) && char.IsLower(line.Content(text)[0]) && !ListMarker().IsMatch(line.Content(text));
            var startsNew = !questionRest && !wrappedCells && !runsOn && (previous is null
                || tableLine
                || previousTableLine
                || ListMarker().IsMatch(line.Content(text))
                || line.Page != previous.Page
                || !hardWrapped
                || previous.Length < 0.6 * maxLength
                || (IsHeadingLike(previous.Content(text), standalone: current.Count == 1 && IsChunkStart(lines, i - 1)) && previous.Length < 0.7 * maxLength)
                || EndsSentence(previous.Content(text)) && previous.Length < 0.7 * maxLength);
            if (startsNew)
            {
                Flush();
            }

            current.Add(line);
            previousTableLine = tableLine || wrappedCells;
        }

        Flush();
        return ClassifyStandalone(RunTogetherTableSplitter.Split(blocks));
    }

    private static List<Block> ClassifyStandalone(List<Block> blocks)
    {
        // A block that is one short line with no closing punctuation, standing alone, is a heading.
        var result = new List<Block>(blocks.Count);
        foreach (var b in blocks)
        {
            var content = b.Text;
            if (b.Kind == BlockKind.TableRow)
            {
                result.Add(b);
            }
            else if (b.Kind == BlockKind.Paragraph && PageFurniture().IsMatch(content))
            {
                result.Add(b with { Kind = BlockKind.Furniture });
            }
            else if (b.Kind is BlockKind.Paragraph or BlockKind.ListItem
                && !content.Contains('\n')
                && IsHeadingLike(content, standalone: true)
                && !content.Contains("  ", StringComparison.Ordinal))
            {
                result.Add(b with { Kind = BlockKind.Heading, Level = HeadingLevel(content) });
            }
            else
            {
                result.Add(b);
            }
        }

        return result;
    }

    private static int HeadingLevel(string content)
    {
        var m = SectionNumber().Match(content);
        return m.Success ? m.Groups[1].Value.Count(c => c == '.') + 1 : 1;
    }

    private static bool IsChunkStart(List<Line> lines, int index) => index <= 0 || lines[index - 1].IsBlank;

    private static Block MakeBlock(string text, List<Line> lines)
    {
        var start = lines[0].ContentStart;
        var end = lines[^1].ContentEnd;
        var slice = text[start..end];
        var blockText = slice.Replace('\r', ' ').Replace('\n', ' ').Replace('\f', ' ');
        var kind = ListMarker().IsMatch(blockText) ? BlockKind.ListItem : BlockKind.Paragraph;
        IReadOnlyList<string> cells = [];
        if (lines.Count == 1 && PipeRow().IsMatch(slice) && !PageFurniture().IsMatch(slice))
        {
            // A table drawn with bars ("| 1.1 Leadership | Requires improvement |"): its cells are between the bars; a
            // row with one filled cell ("| 1. Organisational delivery | |") is that cell's words.
            var filled = slice.Trim().Trim('|').Split('|').Select(c => c.Trim()).Where(c => c.Length > 0).ToArray();
            if (filled.Length == 1)
            {
                var at = start + slice.IndexOf(filled[0], StringComparison.Ordinal);
                return new Block { Kind = BlockKind.Paragraph, Text = filled[0], Span = new SourceSpan(at, filled[0].Length, lines[0].Page) };
            }

            cells = filled;
            kind = cells.Count > 1 ? BlockKind.TableRow : kind;
        }
        else if (lines.Count == 1 && ColumnGap().IsMatch(slice))
        {
            // A line laid out in columns ("Southampton      November 2018    17/36    Good") is a table row.
            cells = ColumnGap().Split(slice).Select(c => c.Trim()).Where(c => c.Length > 0).ToArray();
            kind = cells.Count > 1 ? BlockKind.TableRow : kind;
        }
        else if (lines.Count > 1 && lines.Skip(1).All(l => IsWrappedCellLine(text, lines[0], l)))
        {
            // A row whose cells wrapped onto the lines below it: each wrapped word joins the cell of its column.
            var row = Segments(text, lines[0]);
            var joined = row.Select(c => c.Text).ToArray();
            foreach (var l in lines.Skip(1))
            {
                foreach (var (column, words) in Segments(text, l))
                {
                    var c = ColumnOf(row, column);
                    joined[c] = joined[c] + " " + words;
                }
            }

            cells = joined;
            kind = BlockKind.TableRow;
        }

        return new Block
        {
            Kind = kind,
            Text = blockText,
            Span = new SourceSpan(start, end - start, lines[0].Page),
            Cells = kind == BlockKind.TableRow ? cells : [],
        };
    }

    /// <summary>
    /// Whether <paramref name="line"/> holds only words wrapped within the cells of the table row <paramref name="row"/>:
    /// fewer runs of text than the row has cells, each beginning under one of its columns. A line of
    /// words under the first column alone must be short and must not open a new part of the table ("Domain two: …").
    /// </summary>
    private static bool IsWrappedCellLine(string text, Line row, Line line)
    {
        var content = line.Content(text);
        if (ListMarker().IsMatch(content) || PipeRow().IsMatch(content) || PageFurniture().IsMatch(content))
        {
            return false;
        }

        var cells = Segments(text, row);
        var words = Segments(text, line);
        if (cells.Count < 3 || words.Count == 0 || words.Count >= cells.Count)
        {
            return false;
        }

        // Words with no figures wrapped under a row of figures (a date, a score); or the lower-case rest of a row's
        // phrases ("Requires" / "improvement", "Responding to" / "the public"), figures included under a header of words
        // ("FTE per" / "100,000"). Rows of capitalised words (a header of grades with the standards listed under each),
        // and figures under figures (a row with its first cells empty), are left line by line for the table readers.
        var rowFigures = cells.Any(c => c.Text.Any(char.IsDigit));
        var lineFigures = content.Any(char.IsDigit);
        var runsOn = char.IsLower(words[0].Text[0]) && words.All(w => !char.IsUpper(w.Text[0]));
        if (!((rowFigures && !lineFigures) || (runsOn && (!lineFigures || !rowFigures))))
        {
            return false;
        }

        var columns = new List<int>(words.Count);
        foreach (var (column, _) in words)
        {
            var c = cells.FindIndex(cell => Math.Abs(cell.Column - column) <= 2);
            if (c < 0 || (columns.Count > 0 && c <= columns[^1]))
            {
                return false;
            }

            columns.Add(c);
        }

        return columns is not [0] || (content.Length <= 40 && !content.Contains(':') && !TablePart().IsMatch(content));
    }

    /// <summary>The runs of text on a line set apart by column gaps, each with the character column it begins at.</summary>
    private static List<(int Column, string Text)> Segments(string text, Line line)
    {
        var content = line.Content(text);
        var indent = line.ContentStart - line.Start;
        var segments = new List<(int, string)>();
        var from = 0;
        foreach (Match gap in ColumnGap().Matches(content))
        {
            if (gap.Index > from)
            {
                segments.Add((indent + from, content[from..gap.Index]));
            }

            from = gap.Index + gap.Length;
        }

        if (from < content.Length)
        {
            segments.Add((indent + from, content[from..]));
        }

        return segments;
    }

    private static int ColumnOf(List<(int Column, string Text)> row, int column)
    {
        var c = row.FindIndex(cell => Math.Abs(cell.Column - column) <= 2);
        return c < 0 ? 0 : c;
    }

    private static bool IsHeadingLike(string content, bool standalone)
    {
        var t = content.Trim();
        if (!standalone || t.Length == 0 || t.Length > HeadingMaxLength)
        {
            return false;
        }

        if (t.EndsWith('.') || t.EndsWith(',') || t.EndsWith(';') || t.EndsWith(':') || t.EndsWith('"') || t.EndsWith('”'))
        {
            return false;
        }

        var first = t.TrimStart('-', '•', '*', ' ', '\t');
        if (first.Length == 0)
        {
            return false;
        }

        if (BulletMarker().IsMatch(t) || LabelledGrade().IsMatch(t))
        {
            return false;
        }

        return char.IsUpper(first[0]) || char.IsDigit(first[0]);
    }

    /// <summary>The first line of a case-inspection question that wrapped: it asks, and has no question mark yet.</summary>
    [GeneratedRegex(@"^\s*(?:Does|Do|Is|Are|Was|Were|Did|Has|Have)\s[^?]{10,}$")]
    private static partial Regex WrappedQuestion();

    /// <summary>The rest of a wrapped question, then its share of cases: "desistance?      86%".</summary>
    [GeneratedRegex(@"^[^?]{1,80}\?\s+\d{1,3}(?:\.\d)?\s*%\s*$")]
    private static partial Regex QuestionShare();

    /// <summary>
    /// A line that gives a grade after a colon ("1.2 Workforce: Requires improvement") or a score after dotted leaders
    /// ("Safeguarding ........ 81%"): a table's row, not a heading.
    /// </summary>
    [GeneratedRegex(@":\s*['‘""]?(?:Outstanding|Good|Requires\s+improvement(?:\s+to\s+be\s+good)?|Inadequate|Adequate|Satisfactory|Unsatisfactory|Excellent|Poor)['’""]?$|\.{4,}\s*\d{1,3}(?:\.\d)?\s*%$", RegexOptions.IgnoreCase)]
    private static partial Regex LabelledGrade();

    private static bool EndsSentence(string content)
    {
        var t = content.TrimEnd();
        return t.Length > 0 && t[^1] is '.' or '!' or '?' or ':' or ';' or '"' or '”' or '’' or ')';
    }

    private static int MaxLength(List<Line> lines)
    {
        var lengths = lines.Where(l => !l.IsBlank).Select(l => l.Length).OrderBy(l => l).ToArray();
        return lengths.Length == 0 ? 0 : lengths[(int)(lengths.Length * 0.9)];
    }

    private static bool IsHardWrapped(List<Line> lines)
    {
        // Hard-wrapped text (an e-mail, pdftotext output) has many lines of nearly the same, modest length;
        // text with a paragraph per line has long, ragged lines.
        var lengths = lines.Where(l => !l.IsBlank).Select(l => l.Length).ToArray();
        if (lengths.Length < 5)
        {
            return false;
        }

        var sorted = lengths.OrderBy(l => l).ToArray();
        var p90 = sorted[(int)(sorted.Length * 0.9)];
        if (p90 > 130 || p90 < 30)
        {
            return false;
        }

        // Wrapped paragraphs fill their lines; labels and tables between them do not, so a fifth is enough.
        var nearFull = lengths.Count(l => l >= p90 * 0.75);
        return nearFull >= lengths.Length * 0.2;
    }

    private static List<Line> ReadLines(string text)
    {
        var lines = new List<Line>();
        var page = text.Contains('\f') ? 1 : (int?)null;
        var i = 0;
        while (i <= text.Length)
        {
            var end = i;
            while (end < text.Length && text[end] != '\n' && text[end] != '\f')
            {
                end++;
            }

            var lineEnd = end > i && text[end - 1] == '\r' ? end - 1 : end;
            lines.Add(new Line(text, i, lineEnd, page));
            if (end >= text.Length)
            {
                break;
            }

            if (text[end] == '\f')
            {
                page++;
                lines.Add(new Line(text, end + 1, end + 1, page));
            }

            i = end + 1;
        }

        return lines;
    }

    [GeneratedRegex(@"^\s*(?:[•·▪◦‣●○■□➢►✓\u2013\u2014*\-]|\(?\d{1,2}(?:\.\d{1,2})*[.)]?|\(?[a-z][.)]|\(?[ivx]{1,4}[.)])\s+\S", RegexOptions.CultureInvariant)]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"^\s*[•·▪◦‣●○■□➢►✓*\-\u2013]\s", RegexOptions.CultureInvariant)]
    private static partial Regex BulletMarker();

    [GeneratedRegex(@"\t+|[ \u00A0]{3,}")]
    private static partial Regex ColumnGap();

    /// <summary>A line of a table drawn with bars: it begins and ends with one, and has another between.</summary>
    [GeneratedRegex(@"^\s*\|[^|\n]*\|[^\n]*\|\s*$")]
    private static partial Regex PipeRow();

    /// <summary>Whether a line is laid out in columns, a paragraph's leading number ("2.1    The YJS was …") aside.</summary>
    private static bool IsTableLine(string content) => TableLine().IsMatch(LeadingNumber().Replace(content, string.Empty));

    [GeneratedRegex(@"^\s*\d{1,2}(?:\.\d{1,2})*\.?\s+")]
    private static partial Regex LeadingNumber();

    /// <summary>Two runs of text set apart by a tab or four spaces or more: table columns, not a justified line.</summary>
    [GeneratedRegex(@"\S(?:\t+|[ \u00A0]{4,})\S")]
    private static partial Regex TableLine();

    [GeneratedRegex(@"^\s*(\d{1,2}(?:\.\d{1,2})*)\.?\s")]
    private static partial Regex SectionNumber();

    /// <summary>Words that open a new part of a table rather than continue a cell: "Domain two", "Section 3", "Table 2", "Note".</summary>
    [GeneratedRegex(@"^(?:Domain|Section|Part|Table|Note|Notes|Source|Key|Total|Standard|Standards)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TablePart();

    [GeneratedRegex(@"^\s*(?:page\s+\d+(?:\s+of\s+\d+)?|\d{1,3}|-\s*\d{1,3}\s*-|\d{1,3}\s*/\s*\d{1,3}|\|?(?:\s*:?-{3,}:?\s*\|)+(?:\s*:?-{3,}:?\s*)?|\+(?:-{3,}\+)+|(?:advertisement\s*)+|share(?:\s+this(?:\s+(?:article|story|page))?)?|comments?\s*\(\d+\)|(?:sponsored|promoted)(?:\s+content)?)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PageFurniture();

    private sealed class Line
    {
        public Line(string text, int start, int end, int? page)
        {
            Page = page;
            var s = start;
            while (s < end && char.IsWhiteSpace(text[s]))
            {
                s++;
            }

            var e = end;
            while (e > s && char.IsWhiteSpace(text[e - 1]))
            {
                e--;
            }

            Start = start;
            ContentStart = s;
            ContentEnd = e;
        }

        /// <summary>Where the line begins, before any indent.</summary>
        public int Start { get; }

        public int ContentStart { get; }

        public int ContentEnd { get; }

        public int? Page { get; }

        public bool IsBlank => ContentEnd <= ContentStart;

        public int Length => ContentEnd - ContentStart;

        public string Content(string text) => text[ContentStart..ContentEnd];
    }
}
